using System.Globalization;
using System.Text;
using Gateway.Catalogue.Endpoints;

namespace Gateway.Catalogue.Search;

/// <summary>
/// The ranked search's SQL for either store, with its arguments (EF turns each <c>{n}</c> into a parameter). A hit's
/// score depends on the hit alone, never on the rest of the catalogue, so the same hit keeps its place between pages:
/// 2000 when every word is in a title, 1000 when the words are only found across titles, names, subjects, publisher
/// and year; less the words of its shortest title (capped at 999), so the closer title comes first (decision 0021).
/// </summary>
internal sealed class SearchSql(bool postgreSql)
{
    private const string TitleTier = "2000";
    private const string OtherTier = "1000";
    private readonly List<object> _arguments = [];
    private readonly List<string> _conditions = [];

    public object[] Arguments => [.. _arguments];

    /// <summary>The scored hits of the words (all required), as a sub-select of (ClusterId, Score).</summary>
    public string Ranked(IReadOnlyList<string> words)
    {
        if (postgreSql)
        {
            // Folded text is plain words between spaces, so the simple configuration's parser splits it as FTS5 does.
            var text = Argument(string.Join(' ', words));
            return $"""
                SELECT s."ClusterId", (CASE WHEN to_tsvector('simple', s."TitleText") @@ plainto_tsquery('simple', {text}) THEN {TitleTier} ELSE {OtherTier} END)
                       - LEAST(s."TitleWords", 999) AS "Score"
                FROM "cluster_search" s
                WHERE s."SearchVector" @@ plainto_tsquery('simple', {text})
                """;
        }

        var phrases = string.Join(' ', words.Select(w => $"\"{w}\""));
        var all = Argument(phrases);
        var inTitle = Argument($"TitleText : ({phrases})");
        return $"""
            SELECT s."ClusterId", (CASE WHEN s."Id" IN (SELECT rowid FROM "cluster_search_fts" WHERE "cluster_search_fts" MATCH {inTitle}) THEN {TitleTier} ELSE {OtherTier} END)
                   - MIN(s."TitleWords", 999) AS "Score"
            FROM "cluster_search_fts" JOIN "cluster_search" s ON s."Id" = "cluster_search_fts".rowid
            WHERE "cluster_search_fts" MATCH {all}
            """;
    }

    /// <summary>Adds the filters and the keyset condition on the hits (<c>h</c>).</summary>
    public void Where(IReadOnlyList<string>? clusterIds, IReadOnlyList<string> setSpecs, SearchCursor? after)
    {
        if (clusterIds is not null)
        {
            _conditions.Add($"h.\"ClusterId\" IN ({List(clusterIds)})");
        }

        if (setSpecs.Count > 0)
        {
            _conditions.Add($"EXISTS (SELECT 1 FROM \"cluster_sets\" e WHERE e.\"ClusterId\" = h.\"ClusterId\" AND e.\"SetSpec\" IN ({List(setSpecs)}))");
        }

        if (after is { Score: { } score })
        {
            var s = Argument(score);
            _conditions.Add($"(h.\"Score\" < {s} OR (h.\"Score\" = {s} AND h.\"ClusterId\" > {Argument(after.ClusterId)}))");
        }
    }

    /// <summary>The whole statement: the hits filtered, best first, at most <paramref name="take"/>.</summary>
    public string Finish(string hits, int take)
    {
        var sql = new StringBuilder("SELECT h.\"ClusterId\", h.\"Score\" FROM (").Append(hits).Append(") AS h");
        if (_conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", _conditions);
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ORDER BY h.\"Score\" DESC, h.\"ClusterId\" LIMIT {Argument(take)}").ToString();
    }

    private string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => Argument(v)));

    private string Argument(object value)
    {
        _arguments.Add(value);
        return "{" + (_arguments.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }
}
