using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Catalogue.Storage.PostgreSqlMigrations
{
    /// <summary>
    /// Fewer rows and index entries an ingested change (decision 0036): only system and library OAI set rows are kept
    /// (regions and the parents region, system, library are derived where they are read), and two indexes no query
    /// uses are dropped.
    /// </summary>
    public partial class DerivedSetsFewerIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """DELETE FROM cluster_sets WHERE "SetSpec" IN ('region', 'system', 'library') OR "SetSpec" LIKE 'region:%';""");

            // The list of a cluster's audit entries reads them by ClusterId or OtherClusterId, which this index cannot
            // serve; nothing reads source records by (SystemId, Id).
            migrationBuilder.DropIndex(
                name: "IX_cluster_audit_ClusterId_Id",
                table: "cluster_audit");

            migrationBuilder.DropIndex(
                name: "IX_source_records_SystemId_Id",
                table: "source_records");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The parents come back from their children; region rows come back with each cluster's next change (they
            // need the systems registry).
            foreach (var parent in new[] { "system", "library" })
            {
                migrationBuilder.Sql(
                    $"""INSERT INTO cluster_sets ("SetSpec", "ClusterId") SELECT DISTINCT '{parent}', "ClusterId" FROM cluster_sets WHERE "SetSpec" LIKE '{parent}:%';""");
            }

            migrationBuilder.CreateIndex(
                name: "IX_cluster_audit_ClusterId_Id",
                table: "cluster_audit",
                columns: new[] { "ClusterId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_source_records_SystemId_Id",
                table: "source_records",
                columns: new[] { "SystemId", "Id" });
        }
    }
}
