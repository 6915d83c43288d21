using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Catalogue.Storage.Migrations
{
    /// <summary>
    /// Match keys by cluster instead of by source record (decision 0049): <c>cluster_keys</c> holds one row a key and
    /// cluster, filled from <c>match_keys</c> and the memberships, which it replaces.
    /// </summary>
    public partial class ClusterKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cluster_keys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_keys", x => new { x.Key, x.ClusterId });
                });

            // One row a key and cluster: the keys of every live member, each once (members were the only holders).
            migrationBuilder.Sql(
                """
                INSERT INTO cluster_keys ("Key", "ClusterId")
                SELECT DISTINCT k."Key", m."ClusterId" FROM match_keys AS k JOIN cluster_members AS m ON m."SourceId" = k."SourceId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_cluster_keys_ClusterId",
                table: "cluster_keys",
                column: "ClusterId");

            migrationBuilder.DropTable(
                name: "match_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "match_keys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_keys", x => new { x.Key, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_match_keys_SourceId",
                table: "match_keys",
                column: "SourceId");

            // Which member held which key is not kept: each member gets every key of its cluster, a superset of the
            // candidates it had, which the matching rules still judge one by one.
            migrationBuilder.Sql(
                """
                INSERT INTO match_keys ("Key", "SourceId")
                SELECT DISTINCT k."Key", m."SourceId" FROM cluster_keys AS k JOIN cluster_members AS m ON m."ClusterId" = k."ClusterId";
                """);

            migrationBuilder.DropTable(
                name: "cluster_keys");
        }
    }
}
