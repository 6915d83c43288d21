using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Catalogue.Storage.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TitleText = table.Column<string>(type: "TEXT", nullable: false),
                    OtherText = table.Column<string>(type: "TEXT", nullable: false),
                    TitleWords = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryJson = table.Column<string>(type: "TEXT", nullable: false)
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

            // The full-text index (decision 0021): an FTS5 table over cluster_search's two text columns (external
            // content: the words are stored once, in cluster_search), kept in step by triggers, so EF's writes of
            // cluster_search in the ingest unit of work update it in the same transaction. The text is folded before it
            // is stored; remove_diacritics 2 also folds what a query might bring.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "cluster_search_fts" USING fts5(
                    "TitleText", "OtherText", content='cluster_search', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "cluster_search_ai" AFTER INSERT ON "cluster_search" BEGIN
                    INSERT INTO "cluster_search_fts"(rowid, "TitleText", "OtherText") VALUES (new."Id", new."TitleText", new."OtherText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "cluster_search_ad" AFTER DELETE ON "cluster_search" BEGIN
                    INSERT INTO "cluster_search_fts"("cluster_search_fts", rowid, "TitleText", "OtherText") VALUES ('delete', old."Id", old."TitleText", old."OtherText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "cluster_search_au" AFTER UPDATE OF "TitleText", "OtherText" ON "cluster_search" BEGIN
                    INSERT INTO "cluster_search_fts"("cluster_search_fts", rowid, "TitleText", "OtherText") VALUES ('delete', old."Id", old."TitleText", old."OtherText");
                    INSERT INTO "cluster_search_fts"(rowid, "TitleText", "OtherText") VALUES (new."Id", new."TitleText", new."OtherText");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "cluster_search_fts";""");
            migrationBuilder.DropTable(
                name: "cluster_search");
        }
    }
}
