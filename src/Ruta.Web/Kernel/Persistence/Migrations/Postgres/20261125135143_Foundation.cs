using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Foundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cal_closures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorityCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    DofReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsSeeded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_closures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cal_closures_ref_agencies_AuthorityCode",
                        column: x => x.AuthorityCode,
                        principalTable: "ref_agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cal_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResponsibleAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    TriggerDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AdviseByDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExtendsDeadlineId = table.Column<Guid>(type: "uuid", nullable: true),
                    MissedInPass = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cal_deadlines_cal_deadlines_ExtendsDeadlineId",
                        column: x => x.ExtendsDeadlineId,
                        principalTable: "cal_deadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cal_deadlines_ref_agencies_ResponsibleAgency",
                        column: x => x.ResponsibleAgency,
                        principalTable: "ref_agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "doc_number_counters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_number_counters", x => new { x.Series, x.AgencyCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "notice_folio_counters",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_folio_counters", x => new { x.AgencyCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "notice_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Folio = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SenderAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SenderOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecipientOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CaseType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SignerPosition = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceivedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AcknowledgedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notice_notices_ref_agencies_RecipientAgency",
                        column: x => x.RecipientAgency,
                        principalTable: "ref_agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_notice_notices_ref_agencies_SenderAgency",
                        column: x => x.SenderAgency,
                        principalTable: "ref_agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenNames = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FirstSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SecondSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthDateEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    IsStateless = table.Column<bool>(type: "boolean", nullable: false),
                    Curp = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    Phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Vulnerabilities = table.Column<int>(type: "integer", nullable: false),
                    SearchName = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "asylum_claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LastTimelyFilingDay = table.Column<DateOnly>(type: "date", nullable: false),
                    IsLateFiling = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RatificationDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RatifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LateFilingAnswerDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LateFilingAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LateFilingDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResolutionDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionGround = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResolutionReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ComplementaryProtectionAssessed = table.Column<bool>(type: "boolean", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDecision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MissedSignings = table.Column<int>(type: "integer", nullable: false),
                    ClosingReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_asylum_claims_person_persons_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_asylum_claims_ref_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "doc_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuingAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IssuingOfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReplacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StatusChangedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplacedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplacesId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_documents_doc_documents_ReplacedById",
                        column: x => x.ReplacedById,
                        principalTable: "doc_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doc_documents_doc_documents_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "doc_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doc_documents_person_persons_HolderPersonId",
                        column: x => x.HolderPersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doc_documents_ref_agencies_IssuingAgency",
                        column: x => x.IssuingAgency,
                        principalTable: "ref_agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doc_documents_ref_offices_IssuingOfficeId",
                        column: x => x.IssuingOfficeId,
                        principalTable: "ref_offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_aliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_aliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_aliases_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IssuingCountry = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_documents_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_family_links",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_family_links", x => new { x.PersonId, x.RelativeId, x.Kind });
                    table.ForeignKey(
                        name: "FK_person_family_links_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_person_family_links_person_persons_RelativeId",
                        column: x => x.RelativeId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_languages",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LanguageCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_languages", x => new { x.PersonId, x.LanguageCode });
                    table.ForeignKey(
                        name: "FK_person_languages_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_nationalities",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_nationalities", x => new { x.PersonId, x.CountryCode });
                    table.ForeignKey(
                        name: "FK_person_nationalities_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "removal_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false),
                    BlocksJson = table.Column<string>(type: "text", nullable: false),
                    AskedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AskedByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AskedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_checks", x => x.Id);
                    table.UniqueConstraint("AK_removal_checks_Id_PersonId_Kind_OnDate_Allowed", x => new { x.Id, x.PersonId, x.Kind, x.OnDate, x.Allowed });
                    table.ForeignKey(
                        name: "FK_removal_checks_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "asylum_article52_determinations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeterminedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeterminedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_article52_determinations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_asylum_article52_determinations_asylum_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "asylum_claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_asylum_article52_determinations_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "asylum_claim_dependents",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_claim_dependents", x => new { x.ClaimId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_asylum_claim_dependents_asylum_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "asylum_claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_asylum_claim_dependents_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "asylum_claim_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    Agency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DeadlineId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelatedEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_asylum_claim_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_asylum_claim_events_asylum_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "asylum_claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "removal_removals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ScheduledDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DestinationCountry = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_removals", x => x.Id);
                    table.CheckConstraint("CK_removal_removals_check_allowed", "\"CheckAllowed\" = TRUE");
                    table.ForeignKey(
                        name: "FK_removal_removals_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_removal_removals_removal_checks_CheckId_PersonId_Kind_Sched~",
                        columns: x => new { x.CheckId, x.PersonId, x.Kind, x.ScheduledDate, x.CheckAllowed },
                        principalTable: "removal_checks",
                        principalColumns: new[] { "Id", "PersonId", "Kind", "OnDate", "Allowed" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_asylum_article52_determinations_ClaimId_PersonId",
                table: "asylum_article52_determinations",
                columns: new[] { "ClaimId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_asylum_article52_determinations_PersonId",
                table: "asylum_article52_determinations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_asylum_claim_dependents_PersonId",
                table: "asylum_claim_dependents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_asylum_claim_events_ClaimId_OccurredOn",
                table: "asylum_claim_events",
                columns: new[] { "ClaimId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_asylum_claims_ApplicantId",
                table: "asylum_claims",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_asylum_claims_OfficeId",
                table: "asylum_claims",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_asylum_claims_Status_FiledOn",
                table: "asylum_claims",
                columns: new[] { "Status", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cal_closures_AuthorityCode_FirstDay",
                table: "cal_closures",
                columns: new[] { "AuthorityCode", "FirstDay" });

            migrationBuilder.CreateIndex(
                name: "IX_cal_deadlines_CaseType_CaseId",
                table: "cal_deadlines",
                columns: new[] { "CaseType", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_cal_deadlines_ExtendsDeadlineId",
                table: "cal_deadlines",
                column: "ExtendsDeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_cal_deadlines_MissedInPass",
                table: "cal_deadlines",
                column: "MissedInPass");

            migrationBuilder.CreateIndex(
                name: "IX_cal_deadlines_ResponsibleAgency_Status_DueDate",
                table: "cal_deadlines",
                columns: new[] { "ResponsibleAgency", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cal_deadlines_Status_DueDate",
                table: "cal_deadlines",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_CaseType_CaseId",
                table: "doc_documents",
                columns: new[] { "CaseType", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_HolderPersonId",
                table: "doc_documents",
                column: "HolderPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_IssuingAgency",
                table: "doc_documents",
                column: "IssuingAgency");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_IssuingOfficeId",
                table: "doc_documents",
                column: "IssuingOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_Number",
                table: "doc_documents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_ReplacedById",
                table: "doc_documents",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_ReplacesId",
                table: "doc_documents",
                column: "ReplacesId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_VerificationCode",
                table: "doc_documents",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_CaseType_CaseId",
                table: "notice_notices",
                columns: new[] { "CaseType", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_Folio",
                table: "notice_notices",
                column: "Folio",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_PersonId",
                table: "notice_notices",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_RecipientAgency_Status_SentAt",
                table: "notice_notices",
                columns: new[] { "RecipientAgency", "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_SenderAgency_Status_SentAt",
                table: "notice_notices",
                columns: new[] { "SenderAgency", "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_person_aliases_PersonId",
                table: "person_aliases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_documents_Number_Type_IssuingCountry",
                table: "person_documents",
                columns: new[] { "Number", "Type", "IssuingCountry" });

            migrationBuilder.CreateIndex(
                name: "IX_person_documents_PersonId",
                table: "person_documents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_family_links_RelativeId",
                table: "person_family_links",
                column: "RelativeId");

            migrationBuilder.CreateIndex(
                name: "IX_person_nationalities_CountryCode",
                table: "person_nationalities",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_person_persons_BirthDate",
                table: "person_persons",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_person_persons_Curp",
                table: "person_persons",
                column: "Curp",
                unique: true,
                filter: "\"Curp\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_person_persons_SearchName",
                table: "person_persons",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_removal_checks_PersonId_CheckedAt",
                table: "removal_checks",
                columns: new[] { "PersonId", "CheckedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_removal_removals_CheckId_PersonId_Kind_ScheduledDate_CheckA~",
                table: "removal_removals",
                columns: new[] { "CheckId", "PersonId", "Kind", "ScheduledDate", "CheckAllowed" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_removal_removals_PersonId_ScheduledDate",
                table: "removal_removals",
                columns: new[] { "PersonId", "ScheduledDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "asylum_article52_determinations");

            migrationBuilder.DropTable(
                name: "asylum_claim_dependents");

            migrationBuilder.DropTable(
                name: "asylum_claim_events");

            migrationBuilder.DropTable(
                name: "cal_closures");

            migrationBuilder.DropTable(
                name: "cal_deadlines");

            migrationBuilder.DropTable(
                name: "doc_documents");

            migrationBuilder.DropTable(
                name: "doc_number_counters");

            migrationBuilder.DropTable(
                name: "notice_folio_counters");

            migrationBuilder.DropTable(
                name: "notice_notices");

            migrationBuilder.DropTable(
                name: "person_aliases");

            migrationBuilder.DropTable(
                name: "person_documents");

            migrationBuilder.DropTable(
                name: "person_family_links");

            migrationBuilder.DropTable(
                name: "person_languages");

            migrationBuilder.DropTable(
                name: "person_nationalities");

            migrationBuilder.DropTable(
                name: "removal_removals");

            migrationBuilder.DropTable(
                name: "asylum_claims");

            migrationBuilder.DropTable(
                name: "removal_checks");

            migrationBuilder.DropTable(
                name: "person_persons");
        }
    }
}
