using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ResponsibleAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    TriggerDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdviseByDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notice_folio_counters",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_folio_counters", x => new { x.AgencyCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "notice_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Folio = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SenderAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SenderOfficeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecipientOfficeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcknowledgedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenNames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstSurname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SecondSurname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthDateEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsStateless = table.Column<bool>(type: "INTEGER", nullable: false),
                    Curp = table.Column<string>(type: "TEXT", nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", nullable: true),
                    Vulnerabilities = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
