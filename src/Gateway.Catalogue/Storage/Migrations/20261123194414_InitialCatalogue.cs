using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Catalogue.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ingest_watermarks",
                columns: table => new
                {
                    SystemId = table.Column<string>(type: "TEXT", nullable: false),
                    Stream = table.Column<string>(type: "TEXT", nullable: false),
                    StoredUpTo = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_watermarks", x => new { x.SystemId, x.Stream });
                });

            migrationBuilder.CreateTable(
                name: "source_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SystemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VendorRecordId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SourceTimestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionJson = table.Column<string>(type: "TEXT", nullable: false),
                    MarcXml = table.Column<string>(type: "TEXT", nullable: true),
                    StoredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastCorrelationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_source_records_SystemId_Id",
                table: "source_records",
                columns: new[] { "SystemId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_source_records_SystemId_VendorRecordId",
                table: "source_records",
                columns: new[] { "SystemId", "VendorRecordId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ingest_watermarks");

            migrationBuilder.DropTable(
                name: "source_records");
        }
    }
}
