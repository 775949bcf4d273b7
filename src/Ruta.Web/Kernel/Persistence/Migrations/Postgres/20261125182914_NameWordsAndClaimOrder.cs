using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameWordsAndClaimOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The worklist's page order; in the model since the scale work, but no earlier migration created it.
            migrationBuilder.CreateIndex(
                name: "IX_asylum_claims_FiledOn_Id",
                table: "asylum_claims",
                columns: new[] { "FiledOn", "Id" });

            migrationBuilder.Sql(Ruta.Web.Kernel.Persons.PersonSearchIndexes.PrefixesUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Ruta.Web.Kernel.Persons.PersonSearchIndexes.PrefixesDown);

            migrationBuilder.DropIndex(
                name: "IX_asylum_claims_FiledOn_Id",
                table: "asylum_claims");
        }
    }
}
