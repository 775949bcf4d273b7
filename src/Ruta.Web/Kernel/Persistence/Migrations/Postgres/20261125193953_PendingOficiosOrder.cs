using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ruta.Web.Kernel.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PendingOficiosOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_pending_inbox",
                table: "notice_notices",
                columns: new[] { "RecipientAgency", "SentAt", "Id" },
                filter: "\"Status\" IN ('Sent', 'Received')");

            migrationBuilder.CreateIndex(
                name: "IX_notice_notices_pending_outbox",
                table: "notice_notices",
                columns: new[] { "SenderAgency", "SentAt", "Id" },
                filter: "\"Status\" IN ('Sent', 'Received')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notice_notices_pending_inbox",
                table: "notice_notices");

            migrationBuilder.DropIndex(
                name: "IX_notice_notices_pending_outbox",
                table: "notice_notices");
        }
    }
}
