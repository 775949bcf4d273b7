using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Children : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nna_canalization_act_counters",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_canalization_act_counters", x => new { x.AgencyCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "nna_care_centers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    System = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DifOfficeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Occupied = table.Column<int>(type: "INTEGER", nullable: false),
                    LodgesFamilies = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_care_centers", x => x.Id);
                    table.CheckConstraint("CK_nna_care_centers_capacity", "\"Occupied\" >= 0 AND \"Occupied\" <= \"Capacity\"");
                    table.ForeignKey(
                        name: "FK_nna_care_centers_ref_offices_DifOfficeId",
                        column: x => x.DifOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Accompaniment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AgePresumed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgeAtIdentification = table.Column<int>(type: "INTEGER", nullable: true),
                    IdentifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IdentifiedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IdentifiedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReportingShelter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlaceDetail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProcuraduriaOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoticeFolio = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CanalizedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CanalizedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DifOfficeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CanalizationActNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CanalizationNoticeFolio = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FamilyDiagnosis = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FamilyDiagnosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RightsDeterminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BestInterestDeterminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildOpinion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    OpinionNotHeardReason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    BestInterestReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ProtectionNeed = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProtectionNeedResolution = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProtectionNeedResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectionNeedResolutionReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CurrentPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EscortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EscortAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EscortAssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivingAuthority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReceivingCountryCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ReceivingAuthorityConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClosingNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_cases_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_nna_cases_ref_offices_DifOfficeId",
                        column: x => x.DifOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_nna_cases_ref_offices_ProcuraduriaOfficeId",
                        column: x => x.ProcuraduriaOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_best_interest_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_best_interest_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_best_interest_participants_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_case_adults",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegistryRelation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ContraryToInterest = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContraryDeterminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContraryReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_case_adults", x => new { x.CaseId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_nna_case_adults_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_case_adults_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_case_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    InmVisible = table.Column<bool>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_case_events_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_consular_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Consulate = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_consular_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_consular_notices_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareCenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlacedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithFamily = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeparationReason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_placements_nna_care_centers_CareCenterId",
                        column: x => x.CareCenterId,
                        principalTable: "nna_care_centers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_nna_placements_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AllowsRegularization = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowsAsylumProcedure = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowsReunificationInMexico = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowsReunificationAbroad = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowsAssistedReturn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoticeFolio = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_plans_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_reunifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelativePersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RelativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InMexico = table.Column<bool>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChildOpinion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_reunifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_reunifications_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_reunifications_person_persons_RelativePersonId",
                        column: x => x.RelativePersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_rights_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Right = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Violated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_rights_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_rights_findings_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_risk_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_risk_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_risk_assessments_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_screenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ComarNoticeFolio = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InmNoticeFolio = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_screenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_screenings_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_urgent_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ImminentRisk = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ImposedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RulingAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Ruling = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RulingNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_urgent_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_urgent_measures_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_placement_companions",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_placement_companions", x => new { x.PlacementId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_nna_placement_companions_nna_placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "nna_placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_placement_companions_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_inm_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_inm_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_inm_decisions_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_inm_decisions_nna_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "nna_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_plan_family_unity",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_plan_family_unity", x => new { x.PlanId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_nna_plan_family_unity_nna_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "nna_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_plan_family_unity_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_plan_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ResponsibleInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FulfilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_plan_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_plan_measures_nna_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "nna_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nna_inm_decision_family_unity",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_inm_decision_family_unity", x => new { x.DecisionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_nna_inm_decision_family_unity_nna_inm_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "nna_inm_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_inm_decision_family_unity_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_measure_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_measure_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nna_measure_follow_ups_nna_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "nna_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_nna_measure_follow_ups_nna_plan_measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "nna_plan_measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nna_best_interest_participants_CaseId",
                table: "nna_best_interest_participants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_care_centers_Code",
                table: "nna_care_centers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nna_care_centers_DifOfficeId",
                table: "nna_care_centers",
                column: "DifOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_case_adults_PersonId",
                table: "nna_case_adults",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_case_events_CaseId_OccurredAt",
                table: "nna_case_events",
                columns: new[] { "CaseId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_cases_DifOfficeId",
                table: "nna_cases",
                column: "DifOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_cases_GroupId",
                table: "nna_cases",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_cases_PersonId_IdentifiedAt",
                table: "nna_cases",
                columns: new[] { "PersonId", "IdentifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_cases_ProcuraduriaOfficeId",
                table: "nna_cases",
                column: "ProcuraduriaOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_cases_Status_IdentifiedAt",
                table: "nna_cases",
                columns: new[] { "Status", "IdentifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_consular_notices_CaseId_Purpose_NotifiedOn",
                table: "nna_consular_notices",
                columns: new[] { "CaseId", "Purpose", "NotifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_inm_decision_family_unity_PersonId",
                table: "nna_inm_decision_family_unity",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_inm_decisions_CaseId",
                table: "nna_inm_decisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_inm_decisions_PlanId",
                table: "nna_inm_decisions",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nna_measure_follow_ups_CaseId",
                table: "nna_measure_follow_ups",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_measure_follow_ups_MeasureId",
                table: "nna_measure_follow_ups",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_placement_companions_PersonId",
                table: "nna_placement_companions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_placements_CareCenterId_EndedAt",
                table: "nna_placements",
                columns: new[] { "CareCenterId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_placements_CaseId",
                table: "nna_placements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_plan_family_unity_PersonId",
                table: "nna_plan_family_unity",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_plan_measures_CaseId",
                table: "nna_plan_measures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_plan_measures_PlanId",
                table: "nna_plan_measures",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_plan_measures_Status_NextFollowUpOn",
                table: "nna_plan_measures",
                columns: new[] { "Status", "NextFollowUpOn" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_plans_CaseId_Sequence",
                table: "nna_plans",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nna_reunifications_CaseId",
                table: "nna_reunifications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_reunifications_RelativePersonId",
                table: "nna_reunifications",
                column: "RelativePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_rights_findings_CaseId",
                table: "nna_rights_findings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_risk_assessments_CaseId_AssessedOn",
                table: "nna_risk_assessments",
                columns: new[] { "CaseId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_nna_screenings_CaseId",
                table: "nna_screenings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_nna_urgent_measures_CaseId",
                table: "nna_urgent_measures",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nna_best_interest_participants");

            migrationBuilder.DropTable(
                name: "nna_canalization_act_counters");

            migrationBuilder.DropTable(
                name: "nna_case_adults");

            migrationBuilder.DropTable(
                name: "nna_case_events");

            migrationBuilder.DropTable(
                name: "nna_consular_notices");

            migrationBuilder.DropTable(
                name: "nna_inm_decision_family_unity");

            migrationBuilder.DropTable(
                name: "nna_measure_follow_ups");

            migrationBuilder.DropTable(
                name: "nna_placement_companions");

            migrationBuilder.DropTable(
                name: "nna_plan_family_unity");

            migrationBuilder.DropTable(
                name: "nna_reunifications");

            migrationBuilder.DropTable(
                name: "nna_rights_findings");

            migrationBuilder.DropTable(
                name: "nna_risk_assessments");

            migrationBuilder.DropTable(
                name: "nna_screenings");

            migrationBuilder.DropTable(
                name: "nna_urgent_measures");

            migrationBuilder.DropTable(
                name: "nna_inm_decisions");

            migrationBuilder.DropTable(
                name: "nna_plan_measures");

            migrationBuilder.DropTable(
                name: "nna_placements");

            migrationBuilder.DropTable(
                name: "nna_plans");

            migrationBuilder.DropTable(
                name: "nna_care_centers");

            migrationBuilder.DropTable(
                name: "nna_cases");
        }
    }
}
