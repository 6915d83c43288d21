using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>Builds Koha <c>q=</c> JSON queries (Koha's query language: object = AND, <c>-or</c> = OR).</summary>
internal static class KohaQuery
{
    /// <summary>
    /// Keyset page after (timestamp, id), up to a settle bound:
    /// <c>{"-and":[{"timestamp":{"&lt;=":U}},{"-or":[{"timestamp":{"&gt;":T}},{"timestamp":T,"biblio_id":{"&gt;":N}}]}]}</c>.
    /// </summary>
    public static string ChangedAfter(HarvestPosition? after, DateTimeOffset upTo, string idField = "biblio_id")
    {
        var bound = new JsonObject { ["timestamp"] = new JsonObject { ["<="] = Format(upTo) } };
        if (after is null)
        {
            return bound.ToJsonString();
        }

        var keyset = new JsonObject
        {
            ["-or"] = new JsonArray(
                new JsonObject { ["timestamp"] = new JsonObject { [">"] = Format(after.Timestamp) } },
                new JsonObject
                {
                    ["timestamp"] = Format(after.Timestamp),
                    [idField] = new JsonObject { [">"] = long.Parse(after.RecordId, CultureInfo.InvariantCulture) },
                }),
        };
        return new JsonObject { ["-and"] = new JsonArray(bound, keyset) }.ToJsonString();
    }

    /// <summary><c>{"biblio_id":{"-in":[ids]}}</c>.</summary>
    public static string BiblioIdIn(IEnumerable<long> ids) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["biblio_id"] = new Dictionary<string, long[]> { ["-in"] = [.. ids] } });

    /// <summary>RFC 3339 in UTC with an explicit offset, as Koha writes its timestamps.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
