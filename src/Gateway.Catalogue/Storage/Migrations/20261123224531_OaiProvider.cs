using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Catalogue.Storage.Migrations
{
    /// <inheritdoc />
    public partial class OaiProvider : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cluster_sets",
                columns: table => new
                {
                    SetSpec = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_sets", x => new { x.SetSpec, x.ClusterId });
                });

            migrationBuilder.CreateTable(
                name: "cluster_versions",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Datestamp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_versions", x => x.Seq);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cluster_sets_ClusterId",
                table: "cluster_sets",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_cluster_versions_ClusterId_Seq",
                table: "cluster_versions",
                columns: new[] { "ClusterId", "Seq" });

            // Clusters kept before this migration get their first version, in datestamp order (their sets come with
            // their next change).
            migrationBuilder.Sql(
                "INSERT INTO cluster_versions (ClusterId, Datestamp) SELECT Id, Datestamp FROM clusters ORDER BY Datestamp, Id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cluster_sets");

            migrationBuilder.DropTable(
                name: "cluster_versions");
        }
    }
}
