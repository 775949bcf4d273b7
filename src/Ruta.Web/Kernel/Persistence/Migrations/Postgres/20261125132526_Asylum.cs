using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Asylum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "asylum_claims");
        }
    }
}
