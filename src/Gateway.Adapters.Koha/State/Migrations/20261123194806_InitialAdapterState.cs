using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Adapters.Koha.State.Migrations
{
    /// <inheritdoc />
    public partial class InitialAdapterState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "harvest_checkpoints",
                columns: table => new
                {
                    SystemId = table.Column<string>(type: "TEXT", nullable: false),
                    Stream = table.Column<string>(type: "TEXT", nullable: false),
                    Timestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_harvest_checkpoints", x => new { x.SystemId, x.Stream });
                });

            migrationBuilder.CreateTable(
                name: "skipped_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SystemId = table.Column<string>(type: "TEXT", nullable: false),
                    VendorRecordId = table.Column<string>(type: "TEXT", nullable: false),
                    SourceTimestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    SkippedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skipped_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_skipped_records_SystemId_SkippedAt",
                table: "skipped_records",
                columns: new[] { "SystemId", "SkippedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "harvest_checkpoints");

            migrationBuilder.DropTable(
                name: "skipped_records");
        }
    }
}
