using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Scale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_asylum_claims_FiledOn_Id",
                table: "asylum_claims",
                columns: new[] { "FiledOn", "Id" });

            // Not in the EF model (SQLite has no trigram index): keep this line when the migration is regenerated.
            migrationBuilder.Sql(Ruta.Web.Kernel.Persons.PersonSearchIndexes.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Ruta.Web.Kernel.Persons.PersonSearchIndexes.PostgresDown);

            migrationBuilder.DropIndex(
                name: "IX_asylum_claims_FiledOn_Id",
                table: "asylum_claims");
        }
    }
}
