using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "migration_age_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprehensionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthDateEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsAdult = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DisposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisposedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StationOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PointOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DocumentCountry = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ConditionOfStay = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AskedForAsylum = table.Column<bool>(type: "INTEGER", nullable: false),
                    AsylumNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PointOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DocumentCountry = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    LegalGrounds = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CheckAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                        name: "FK_migration_entry_refusals_removal_checks_CheckId_PersonId_CheckKind_CheckedOn_CheckAllowed",
                        columns: x => new { x.CheckId, x.PersonId, x.CheckKind, x.CheckedOn, x.CheckAllowed },
                        principalTable: "removal_checks",
                        principalColumns: new[] { "Id", "PersonId", "Kind", "OnDate", "Allowed" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_apprehended_persons",
                columns: table => new
                {
                    ApprehensionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsChild = table.Column<bool>(type: "INTEGER", nullable: false),
                    CarerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChildNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_apprehended_persons", x => new { x.ApprehensionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_migration_apprehended_persons_migration_apprehensions_ApprehensionId",
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprehensionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcuraduriaOfficial = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcuraduriaAppearedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CareCentre = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DifOfficeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CanalizedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActaReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_child_canalizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_migration_child_canalizations_migration_apprehensions_ApprehensionId",
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprehensionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgeCheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgeCheckAdult = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreementReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AdmissionAgeCheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdmissionAgeCheckAdult = table.Column<bool>(type: "INTEGER", nullable: false),
                    InformedOfRights = table.Column<bool>(type: "INTEGER", nullable: false),
                    RightsInWriting = table.Column<bool>(type: "INTEGER", nullable: false),
                    Consular = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LegalAdvice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Interpreter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    PhoneCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    Visits = table.Column<bool>(type: "INTEGER", nullable: false),
                    AsylumRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AsylumNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExtensionGround = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExtendedToCap = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReleaseGround = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    EndReference = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_station_stays", x => x.Id);
                    table.CheckConstraint("CK_migration_station_stays_admission_check_adult", "\"AdmissionAgeCheckAdult\" = TRUE");
                    table.CheckConstraint("CK_migration_station_stays_admitted_with_check", "\"AdmittedAt\" IS NULL OR \"AdmissionAgeCheckId\" IS NOT NULL");
                    table.CheckConstraint("CK_migration_station_stays_age_check_adult", "\"AgeCheckAdult\" = TRUE");
                    table.ForeignKey(
                        name: "FK_migration_station_stays_migration_age_checks_AdmissionAgeCheckId_PersonId_AdmissionAgeCheckAdult",
                        columns: x => new { x.AdmissionAgeCheckId, x.PersonId, x.AdmissionAgeCheckAdult },
                        principalTable: "migration_age_checks",
                        principalColumns: new[] { "Id", "PersonId", "IsAdult" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_station_stays_migration_age_checks_AgeCheckId_PersonId_AgeCheckAdult",
                        columns: x => new { x.AgeCheckId, x.PersonId, x.AgeCheckAdult },
                        principalTable: "migration_age_checks",
                        principalColumns: new[] { "Id", "PersonId", "IsAdult" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_station_stays_migration_apprehensions_ApprehensionId",
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
                name: "migration_stay_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "IX_migration_entry_refusals_CheckId_PersonId_CheckKind_CheckedOn_CheckAllowed",
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
                name: "IX_migration_station_stays_AdmissionAgeCheckId_PersonId_AdmissionAgeCheckAdult",
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "migration_station_stays");

            migrationBuilder.DropTable(
                name: "migration_age_checks");

            migrationBuilder.DropTable(
                name: "migration_apprehensions");
        }
    }
}
