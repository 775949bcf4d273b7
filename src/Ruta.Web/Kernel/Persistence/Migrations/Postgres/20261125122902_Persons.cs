using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Persons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenNames = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FirstSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SecondSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthDateEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    IsStateless = table.Column<bool>(type: "boolean", nullable: false),
                    Curp = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    Phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Vulnerabilities = table.Column<int>(type: "integer", nullable: false),
                    SearchName = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByAgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_aliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_aliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_aliases_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IssuingCountry = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_documents_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_family_links",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_family_links", x => new { x.PersonId, x.RelativeId, x.Kind });
                    table.ForeignKey(
                        name: "FK_person_family_links_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_person_family_links_person_persons_RelativeId",
                        column: x => x.RelativeId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_languages",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LanguageCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_languages", x => new { x.PersonId, x.LanguageCode });
                    table.ForeignKey(
                        name: "FK_person_languages_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_nationalities",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_nationalities", x => new { x.PersonId, x.CountryCode });
                    table.ForeignKey(
                        name: "FK_person_nationalities_person_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_person_aliases_PersonId",
                table: "person_aliases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_documents_Number_Type_IssuingCountry",
                table: "person_documents",
                columns: new[] { "Number", "Type", "IssuingCountry" });

            migrationBuilder.CreateIndex(
                name: "IX_person_documents_PersonId",
                table: "person_documents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_family_links_RelativeId",
                table: "person_family_links",
                column: "RelativeId");

            migrationBuilder.CreateIndex(
                name: "IX_person_nationalities_CountryCode",
                table: "person_nationalities",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_person_persons_BirthDate",
                table: "person_persons",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_person_persons_Curp",
                table: "person_persons",
                column: "Curp",
                unique: true,
                filter: "\"Curp\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_person_persons_SearchName",
                table: "person_persons",
                column: "SearchName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_aliases");

            migrationBuilder.DropTable(
                name: "person_documents");

            migrationBuilder.DropTable(
                name: "person_family_links");

            migrationBuilder.DropTable(
                name: "person_languages");

            migrationBuilder.DropTable(
                name: "person_nationalities");

            migrationBuilder.DropTable(
                name: "person_persons");
        }
    }
}
