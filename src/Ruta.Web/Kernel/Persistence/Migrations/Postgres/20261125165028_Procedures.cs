using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Procedures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkLabel",
                table: "notice_notices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkPath",
                table: "notice_notices",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                table: "asylum_claims",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "asylum_appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ScheduledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScheduledByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_asylum_appointments_asylum_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "asylum_claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "asylum_case_number_counters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_case_number_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "asylum_status_access",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssueCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_status_access", x => x.ClaimId);
                    table.ForeignKey(
                        name: "FK_asylum_status_access_asylum_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "asylum_claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "migration_age_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprehensionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthDateEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    IsAdult = table.Column<bool>(type: "boolean", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CheckedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_age_checks", x => x.Id);
                    table.UniqueConstraint("AK_migration_age_checks_Id_PersonId_IsAdult", x => new { x.Id, x.PersonId, x.IsAdult });
                    table.ForeignKey(
                        name: "FK_migration_age_checks_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_apprehensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Operation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OrderReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StateCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DisposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DisposedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StationOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_apprehensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_migration_apprehensions_ref_offices_StationOfficeId",
                        column: x => x.StationOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_border_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PointOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DocumentCountry = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    ConditionOfStay = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AskedForAsylum = table.Column<bool>(type: "boolean", nullable: false),
                    AsylumNoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_border_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_migration_border_entries_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_border_entries_ref_offices_PointOfficeId",
                        column: x => x.PointOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_entry_refusals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PointOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DocumentCountry = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    LegalGrounds = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CheckAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_entry_refusals", x => x.Id);
                    table.CheckConstraint("CK_migration_entry_refusals_check_allowed", "\"CheckAllowed\" = TRUE");
                    table.CheckConstraint("CK_migration_entry_refusals_check_kind", "\"CheckKind\" = 'BorderRejection'");
                    table.ForeignKey(
                        name: "FK_migration_entry_refusals_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_entry_refusals_ref_offices_PointOfficeId",
                        column: x => x.PointOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_entry_refusals_removal_checks_CheckId_PersonId_Ch~",
                        columns: x => new { x.CheckId, x.PersonId, x.CheckKind, x.CheckedOn, x.CheckAllowed },
                        principalTable: "removal_checks",
                        principalColumns: new[] { "Id", "PersonId", "Kind", "OnDate", "Allowed" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_canalization_act_counters",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nna_canalization_act_counters", x => new { x.AgencyCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "nna_care_centers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    System = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DifOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    StateCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Occupied = table.Column<int>(type: "integer", nullable: false),
                    LodgesFamilies = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Accompaniment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgePresumed = table.Column<bool>(type: "boolean", nullable: false),
                    AgeAtIdentification = table.Column<int>(type: "integer", nullable: true),
                    IdentifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IdentifiedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IdentifiedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Authority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReportingShelter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StateCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlaceDetail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProcuraduriaOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeFolio = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CanalizedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CanalizedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DifOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CanalizationActNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CanalizationNoticeFolio = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FamilyDiagnosis = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    FamilyDiagnosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RightsDeterminedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BestInterestDeterminedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildOpinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    OpinionNotHeardReason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    BestInterestReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ProtectionNeed = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProtectionNeedResolution = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProtectionNeedResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProtectionNeedResolutionReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CurrentPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    EscortName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EscortAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EscortAssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivingAuthority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReceivingCountryCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    ReceivingAuthorityConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ClosingNotes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "reg_family_unity_procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PrincipalPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelativePersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelationToPrincipal = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PrincipalStanding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TargetCondition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MaxValidityYears = table.Column<int>(type: "integer", nullable: true),
                    ValidUntilCap = table.Column<DateOnly>(type: "date", nullable: true),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResolutionDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Presented = table.Column<int>(type: "integer", nullable: false),
                    PreventionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreventionAnswerDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PreventionAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreventionMissing = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    IssuedDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_family_unity_procedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_family_unity_procedures_person_persons_PrincipalPersonId",
                        column: x => x.PrincipalPersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reg_family_unity_procedures_person_persons_RelativePersonId",
                        column: x => x.RelativePersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reg_family_unity_procedures_ref_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reg_procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GroundDetail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StationStayId = table.Column<Guid>(type: "uuid", nullable: true),
                    StationOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AccreditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExitPermitDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExitPermitIssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExitPermitDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PrincipalPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelationToPrincipal = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RequestedCondition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    EligibleCondition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    MaxValidityYears = table.Column<int>(type: "integer", nullable: true),
                    ValidUntilCap = table.Column<DateOnly>(type: "date", nullable: true),
                    AuthorizedStayExpiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResolutionDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Presented = table.Column<int>(type: "integer", nullable: false),
                    PreventionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreventionAnswerDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PreventionAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreventionMissing = table.Column<int>(type: "integer", nullable: false),
                    PreventionNotes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    GrantedCondition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    GrantedDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DepartureOrderDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExitPeriodDays = table.Column<int>(type: "integer", nullable: true),
                    DepartureDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DepartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DepartureOrderBreached = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_procedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_procedures_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reg_procedures_person_persons_PrincipalPersonId",
                        column: x => x.PrincipalPersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reg_procedures_ref_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_apprehended_persons",
                columns: table => new
                {
                    ApprehensionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsChild = table.Column<bool>(type: "boolean", nullable: false),
                    CarerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChildNoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    StayId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_apprehended_persons", x => new { x.ApprehensionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_migration_apprehended_persons_migration_apprehensions_Appre~",
                        column: x => x.ApprehensionId,
                        principalTable: "migration_apprehensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_migration_apprehended_persons_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_child_canalizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprehensionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcuraduriaOfficial = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcuraduriaAppearedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CareCentre = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DifOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CanalizedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActaReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_child_canalizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_migration_child_canalizations_migration_apprehensions_Appre~",
                        column: x => x.ApprehensionId,
                        principalTable: "migration_apprehensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_child_canalizations_person_persons_ChildId",
                        column: x => x.ChildId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_child_canalizations_ref_offices_DifOfficeId",
                        column: x => x.DifOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_station_stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprehensionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DisposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AgeCheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgeCheckAdult = table.Column<bool>(type: "boolean", nullable: false),
                    AdmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AgreementReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdmissionAgeCheckId = table.Column<Guid>(type: "uuid", nullable: true),
                    AdmissionAgeCheckAdult = table.Column<bool>(type: "boolean", nullable: false),
                    InformedOfRights = table.Column<bool>(type: "boolean", nullable: false),
                    RightsInWriting = table.Column<bool>(type: "boolean", nullable: false),
                    Consular = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    LegalAdvice = table.Column<bool>(type: "boolean", nullable: false),
                    Interpreter = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    InterpreterLanguage = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    PhoneCall = table.Column<bool>(type: "boolean", nullable: false),
                    Visits = table.Column<bool>(type: "boolean", nullable: false),
                    AsylumRequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AsylumNoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExtensionGround = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExtendedToCap = table.Column<bool>(type: "boolean", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReleaseGround = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    EndReference = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_station_stays", x => x.Id);
                    table.CheckConstraint("CK_migration_station_stays_admission_check_adult", "\"AdmissionAgeCheckAdult\" = TRUE");
                    table.CheckConstraint("CK_migration_station_stays_admitted_with_check", "\"AdmittedAt\" IS NULL OR \"AdmissionAgeCheckId\" IS NOT NULL");
                    table.CheckConstraint("CK_migration_station_stays_age_check_adult", "\"AgeCheckAdult\" = TRUE");
                    table.ForeignKey(
                        name: "FK_migration_station_stays_migration_age_checks_AdmissionAgeCh~",
                        columns: x => new { x.AdmissionAgeCheckId, x.PersonId, x.AdmissionAgeCheckAdult },
                        principalTable: "migration_age_checks",
                        principalColumns: new[] { "Id", "PersonId", "IsAdult" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_station_stays_migration_age_checks_AgeCheckId_Per~",
                        columns: x => new { x.AgeCheckId, x.PersonId, x.AgeCheckAdult },
                        principalTable: "migration_age_checks",
                        principalColumns: new[] { "Id", "PersonId", "IsAdult" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_station_stays_migration_apprehensions_Apprehensio~",
                        column: x => x.ApprehensionId,
                        principalTable: "migration_apprehensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_station_stays_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_station_stays_ref_offices_StationOfficeId",
                        column: x => x.StationOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_best_interest_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RegistryRelation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ContraryToInterest = table.Column<bool>(type: "boolean", nullable: false),
                    ContraryDeterminedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContraryReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    InmVisible = table.Column<bool>(type: "boolean", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Consulate = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CareCenterId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PlacedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    WithFamily = table.Column<bool>(type: "boolean", nullable: false),
                    SeparationReason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AllowsRegularization = table.Column<bool>(type: "boolean", nullable: false),
                    AllowsAsylumProcedure = table.Column<bool>(type: "boolean", nullable: false),
                    AllowsReunificationInMexico = table.Column<bool>(type: "boolean", nullable: false),
                    AllowsReunificationAbroad = table.Column<bool>(type: "boolean", nullable: false),
                    AllowsAssistedReturn = table.Column<bool>(type: "boolean", nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeFolio = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelativePersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InMexico = table.Column<bool>(type: "boolean", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChildOpinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Right = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Violated = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AssessedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ComarNoticeFolio = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    InmNoticeFolio = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ImminentRisk = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ImposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RulingAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Ruling = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RulingNotes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "reg_family_unity_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "character varying(9000)", maxLength: 9000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_family_unity_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_family_unity_events_reg_family_unity_procedures_Procedu~",
                        column: x => x.ProcedureId,
                        principalTable: "reg_family_unity_procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reg_procedure_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "character varying(9000)", maxLength: 9000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_procedure_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_procedure_events_reg_procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "reg_procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_stay_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_stay_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_migration_stay_events_migration_station_stays_StayId",
                        column: x => x.StayId,
                        principalTable: "migration_station_stays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nna_placement_companions",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ResponsibleInstitution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FulfilledOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_asylum_claims_CaseNumber",
                table: "asylum_claims",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_asylum_appointments_ClaimId_On",
                table: "asylum_appointments",
                columns: new[] { "ClaimId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_age_checks_PersonId_CheckedAt",
                table: "migration_age_checks",
                columns: new[] { "PersonId", "CheckedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_apprehended_persons_PersonId",
                table: "migration_apprehended_persons",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_apprehensions_DisposedAt",
                table: "migration_apprehensions",
                column: "DisposedAt");

            migrationBuilder.CreateIndex(
                name: "IX_migration_apprehensions_StationOfficeId",
                table: "migration_apprehensions",
                column: "StationOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_border_entries_PersonId_AskedForAsylum",
                table: "migration_border_entries",
                columns: new[] { "PersonId", "AskedForAsylum" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_border_entries_PointOfficeId_OccurredAt",
                table: "migration_border_entries",
                columns: new[] { "PointOfficeId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_child_canalizations_ApprehensionId_ChildId",
                table: "migration_child_canalizations",
                columns: new[] { "ApprehensionId", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_migration_child_canalizations_ChildId",
                table: "migration_child_canalizations",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_child_canalizations_DifOfficeId",
                table: "migration_child_canalizations",
                column: "DifOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_entry_refusals_CheckId_PersonId_CheckKind_Checked~",
                table: "migration_entry_refusals",
                columns: new[] { "CheckId", "PersonId", "CheckKind", "CheckedOn", "CheckAllowed" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_migration_entry_refusals_PersonId",
                table: "migration_entry_refusals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_entry_refusals_PointOfficeId",
                table: "migration_entry_refusals",
                column: "PointOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_station_stays_AdmissionAgeCheckId_PersonId_Admiss~",
                table: "migration_station_stays",
                columns: new[] { "AdmissionAgeCheckId", "PersonId", "AdmissionAgeCheckAdult" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_migration_station_stays_AgeCheckId_PersonId_AgeCheckAdult",
                table: "migration_station_stays",
                columns: new[] { "AgeCheckId", "PersonId", "AgeCheckAdult" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_migration_station_stays_ApprehensionId",
                table: "migration_station_stays",
                column: "ApprehensionId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_station_stays_PersonId_Status",
                table: "migration_station_stays",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_station_stays_StationOfficeId",
                table: "migration_station_stays",
                column: "StationOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_station_stays_Status_StationOfficeId",
                table: "migration_station_stays",
                columns: new[] { "Status", "StationOfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_stay_events_StayId_OccurredAt",
                table: "migration_stay_events",
                columns: new[] { "StayId", "OccurredAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_reg_family_unity_events_ProcedureId_OccurredOn",
                table: "reg_family_unity_events",
                columns: new[] { "ProcedureId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_family_unity_procedures_OfficeId",
                table: "reg_family_unity_procedures",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_family_unity_procedures_PrincipalPersonId",
                table: "reg_family_unity_procedures",
                column: "PrincipalPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_family_unity_procedures_RelativePersonId_Status",
                table: "reg_family_unity_procedures",
                columns: new[] { "RelativePersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_family_unity_procedures_Status_FiledOn",
                table: "reg_family_unity_procedures",
                columns: new[] { "Status", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_procedure_events_ProcedureId_OccurredOn",
                table: "reg_procedure_events",
                columns: new[] { "ProcedureId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_procedures_OfficeId",
                table: "reg_procedures",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_procedures_PersonId_Status",
                table: "reg_procedures",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_procedures_PrincipalPersonId",
                table: "reg_procedures",
                column: "PrincipalPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_procedures_Status_FiledOn",
                table: "reg_procedures",
                columns: new[] { "Status", "FiledOn" });

            // Not in the EF model (SQLite has no trigram index): keep this line when the migration is regenerated.
            migrationBuilder.Sql(Ruta.Web.Kernel.Persons.PersonSearchIndexes.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Ruta.Web.Kernel.Persons.PersonSearchIndexes.PostgresDown);

            migrationBuilder.DropTable(
                name: "asylum_appointments");

            migrationBuilder.DropTable(
                name: "asylum_case_number_counters");

            migrationBuilder.DropTable(
                name: "asylum_status_access");

            migrationBuilder.DropTable(
                name: "migration_apprehended_persons");

            migrationBuilder.DropTable(
                name: "migration_border_entries");

            migrationBuilder.DropTable(
                name: "migration_child_canalizations");

            migrationBuilder.DropTable(
                name: "migration_entry_refusals");

            migrationBuilder.DropTable(
                name: "migration_stay_events");

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
                name: "reg_family_unity_events");

            migrationBuilder.DropTable(
                name: "reg_procedure_events");

            migrationBuilder.DropTable(
                name: "migration_station_stays");

            migrationBuilder.DropTable(
                name: "nna_inm_decisions");

            migrationBuilder.DropTable(
                name: "nna_plan_measures");

            migrationBuilder.DropTable(
                name: "nna_placements");

            migrationBuilder.DropTable(
                name: "reg_family_unity_procedures");

            migrationBuilder.DropTable(
                name: "reg_procedures");

            migrationBuilder.DropTable(
                name: "migration_age_checks");

            migrationBuilder.DropTable(
                name: "migration_apprehensions");

            migrationBuilder.DropTable(
                name: "nna_plans");

            migrationBuilder.DropTable(
                name: "nna_care_centers");

            migrationBuilder.DropTable(
                name: "nna_cases");

            migrationBuilder.DropIndex(
                name: "IX_asylum_claims_CaseNumber",
                table: "asylum_claims");

            migrationBuilder.DropColumn(
                name: "LinkLabel",
                table: "notice_notices");

            migrationBuilder.DropColumn(
                name: "LinkPath",
                table: "notice_notices");

            migrationBuilder.DropColumn(
                name: "CaseNumber",
                table: "asylum_claims");
        }
    }
}
