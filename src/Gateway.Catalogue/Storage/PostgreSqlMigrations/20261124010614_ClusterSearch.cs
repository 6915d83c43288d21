using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gateway.Catalogue.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class ClusterSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cluster_search",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClusterId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TitleText = table.Column<string>(type: "text", nullable: false),
                    OtherText = table.Column<string>(type: "text", nullable: false),
                    TitleWords = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    SummaryJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_search", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cluster_search_ClusterId",
                table: "cluster_search",
                column: "ClusterId",
                unique: true);

            // The full-text index (decision 0021): a tsvector generated from the two text columns (folded before they
            // are stored, so the simple configuration needs no unaccent) and a GIN index over it.
            migrationBuilder.Sql("""
                ALTER TABLE "cluster_search" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "TitleText" || ' ' || "OtherText")) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_cluster_search_SearchVector" ON "cluster_search" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cluster_search");
        }
    }
}
