using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ScheduledDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DestinationCountry = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    DestinationBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResidenceDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    Vulnerable = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestLanguage = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    InterpreterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Grounds = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OrderReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TravelGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExitPoint = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Transport = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SeparatedPersonIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SeparationReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExecutedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExecutionCheckId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExecutionCheckAllowed = table.Column<bool>(type: "boolean", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_removal_cases_removal_checks_ExecutionCheckId_PersonId_Kind~",
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RemovalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RecordedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmparoId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RemovalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Court = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Suspension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SuspensionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResolutionNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    RemovalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Right = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Declined = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "IX_removal_cases_ExecutionCheckId_PersonId_Kind_ExecutedOn_Exe~",
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
