using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
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
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_deadlines", x => x.Id);
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
                    GivenNames = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FirstSurname = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SecondSurname = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthDateEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    IsStateless = table.Column<bool>(type: "boolean", nullable: false),
                    Curp = table.Column<string>(type: "text", nullable: true),
                    PreferredLanguage = table.Column<string>(type: "text", nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Address = table.Column<string>(type: "text", nullable: true),
                    Vulnerabilities = table.Column<int>(type: "integer", nullable: false),
                    SearchName = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_persons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cal_deadlines_CaseType_CaseId",
                table: "cal_deadlines",
                columns: new[] { "CaseType", "CaseId" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cal_deadlines");

            migrationBuilder.DropTable(
                name: "notice_folio_counters");

            migrationBuilder.DropTable(
                name: "notice_notices");

            migrationBuilder.DropTable(
                name: "person_persons");
        }
    }
}
