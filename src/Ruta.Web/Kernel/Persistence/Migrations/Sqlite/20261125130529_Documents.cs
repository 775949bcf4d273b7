using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "doc_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuingAgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuingOfficeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReplacedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusChangedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "doc_number_counters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_number_counters", x => new { x.Series, x.AgencyCode, x.Year });
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "doc_documents");

            migrationBuilder.DropTable(
                name: "doc_number_counters");
        }
    }
}
