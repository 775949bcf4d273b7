using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Removals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "removal_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScheduledDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DestinationCountry = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DestinationBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ResidenceDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Vulnerable = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestLanguage = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    InterpreterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OrderReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TravelGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExitPoint = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Transport = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SeparatedPersonIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SeparationReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExecutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExecutionCheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExecutionCheckAllowed = table.Column<bool>(type: "INTEGER", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_cases", x => x.Id);
                    table.CheckConstraint("CK_removal_cases_execution_check_allowed", "\"ExecutionCheckAllowed\" IS NULL OR \"ExecutionCheckAllowed\" = TRUE");
                    table.ForeignKey(
                        name: "FK_removal_cases_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_removal_cases_removal_checks_ExecutionCheckId_PersonId_Kind_ExecutedOn_ExecutionCheckAllowed",
                        columns: x => new { x.ExecutionCheckId, x.PersonId, x.Kind, x.ExecutedOn, x.ExecutionCheckAllowed },
                        principalTable: "removal_checks",
                        principalColumns: new[] { "Id", "PersonId", "Kind", "OnDate", "Allowed" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_removal_cases_removal_removals_Id",
                        column: x => x.Id,
                        principalTable: "removal_removals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "removal_acts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemovalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecordedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmparoId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_acts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_removal_acts_removal_cases_RemovalId",
                        column: x => x.RemovalId,
                        principalTable: "removal_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "removal_amparos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemovalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Court = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Suspension = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SuspensionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResolutionNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_amparos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_removal_amparos_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_removal_amparos_removal_cases_RemovalId",
                        column: x => x.RemovalId,
                        principalTable: "removal_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "removal_rights",
                columns: table => new
                {
                    RemovalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Right = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Declined = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_rights", x => new { x.RemovalId, x.Right });
                    table.ForeignKey(
                        name: "FK_removal_rights_removal_cases_RemovalId",
                        column: x => x.RemovalId,
                        principalTable: "removal_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_removal_acts_RemovalId_RecordedAt",
                table: "removal_acts",
                columns: new[] { "RemovalId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_removal_amparos_PersonId_Outcome",
                table: "removal_amparos",
                columns: new[] { "PersonId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_removal_amparos_RemovalId",
                table: "removal_amparos",
                column: "RemovalId");

            migrationBuilder.CreateIndex(
                name: "IX_removal_cases_ExecutionCheckId_PersonId_Kind_ExecutedOn_ExecutionCheckAllowed",
                table: "removal_cases",
                columns: new[] { "ExecutionCheckId", "PersonId", "Kind", "ExecutedOn", "ExecutionCheckAllowed" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_removal_cases_PersonId_Status",
                table: "removal_cases",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_removal_cases_Status_ScheduledDate",
                table: "removal_cases",
                columns: new[] { "Status", "ScheduledDate" });

            migrationBuilder.CreateIndex(
                name: "IX_removal_cases_TravelGroupId",
                table: "removal_cases",
                column: "TravelGroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "removal_acts");

            migrationBuilder.DropTable(
                name: "removal_amparos");

            migrationBuilder.DropTable(
                name: "removal_rights");

            migrationBuilder.DropTable(
                name: "removal_cases");
        }
    }
}
