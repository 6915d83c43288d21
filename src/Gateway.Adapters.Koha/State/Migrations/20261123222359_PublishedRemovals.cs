using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Adapters.Koha.State.Migrations
{
    /// <inheritdoc />
    public partial class PublishedRemovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "published_removals",
                columns: table => new
                {
                    SystemId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    VendorId = table.Column<long>(type: "INTEGER", nullable: false),
                    BiblioId = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_removals", x => new { x.SystemId, x.Kind, x.VendorId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_published_removals_SystemId_RemovedAt",
                table: "published_removals",
                columns: new[] { "SystemId", "RemovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "published_removals");
        }
    }
}
