using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AsylumStatus : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_asylum_claims_CaseNumber",
                table: "asylum_claims",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_asylum_appointments_ClaimId_On",
                table: "asylum_appointments",
                columns: new[] { "ClaimId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "asylum_appointments");

            migrationBuilder.DropTable(
                name: "asylum_case_number_counters");

            migrationBuilder.DropTable(
                name: "asylum_status_access");

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
