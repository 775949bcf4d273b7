using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Regularization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reg_family_unity_events");

            migrationBuilder.DropTable(
                name: "reg_procedure_events");

            migrationBuilder.DropTable(
                name: "reg_family_unity_procedures");

            migrationBuilder.DropTable(
                name: "reg_procedures");
        }
    }
}
