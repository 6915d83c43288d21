using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gateway.Catalogue.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cluster_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClusterId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<string>(type: "text", nullable: true),
                    OtherClusterId = table.Column<string>(type: "text", nullable: true),
                    Key = table.Column<string>(type: "text", nullable: true),
                    MatchedSourceId = table.Column<string>(type: "text", nullable: true),
                    Detail = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cluster_members",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClusterId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    JoinedVia = table.Column<string>(type: "text", nullable: true),
                    MatchedSourceId = table.Column<string>(type: "text", nullable: true),
                    JoinedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    MatchJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_members", x => x.SourceId);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Datestamp = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    MemberCount = table.Column<int>(type: "integer", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    MergedInto = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ingest_watermarks",
                columns: table => new
                {
                    SystemId = table.Column<string>(type: "text", nullable: false),
                    Stream = table.Column<string>(type: "text", nullable: false),
                    StoredUpTo = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RecordId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_watermarks", x => new { x.SystemId, x.Stream });
                });

            migrationBuilder.CreateTable(
                name: "match_keys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    SourceId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_keys", x => new { x.Key, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "source_items",
                columns: table => new
                {
                    SystemId = table.Column<string>(type: "text", nullable: false),
                    VendorItemId = table.Column<string>(type: "text", nullable: false),
                    VendorRecordId = table.Column<string>(type: "text", nullable: false),
                    LibraryCode = table.Column<string>(type: "text", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: true),
                    CallNumber = table.Column<string>(type: "text", nullable: true),
                    ItemType = table.Column<string>(type: "text", nullable: true),
                    HoldingTimestamp = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    VendorStatus = table.Column<string>(type: "text", nullable: true),
                    DueDate = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    StatusTimestamp = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_items", x => new { x.SystemId, x.VendorItemId });
                });

            migrationBuilder.CreateTable(
                name: "source_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SystemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VendorRecordId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SourceTimestamp = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    DescriptionJson = table.Column<string>(type: "text", nullable: false),
                    MarcXml = table.Column<string>(type: "text", nullable: true),
                    StoredAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    LastCorrelationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cluster_audit_ClusterId_Id",
                table: "cluster_audit",
                columns: new[] { "ClusterId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cluster_audit_SourceId_Id",
                table: "cluster_audit",
                columns: new[] { "SourceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cluster_members_ClusterId",
                table: "cluster_members",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_clusters_Datestamp_Id",
                table: "clusters",
                columns: new[] { "Datestamp", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_match_keys_SourceId",
                table: "match_keys",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_source_items_SystemId_VendorRecordId",
                table: "source_items",
                columns: new[] { "SystemId", "VendorRecordId" });

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
                name: "cluster_audit");

            migrationBuilder.DropTable(
                name: "cluster_members");

            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropTable(
                name: "ingest_watermarks");

            migrationBuilder.DropTable(
                name: "match_keys");

            migrationBuilder.DropTable(
                name: "source_items");

            migrationBuilder.DropTable(
                name: "source_records");
        }
    }
}
