using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Calendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cal_closures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorityCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DofReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSeeded = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
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
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExtendsDeadlineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MissedInPass = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cal_closures");

            migrationBuilder.DropTable(
                name: "cal_deadlines");
        }
    }
}
