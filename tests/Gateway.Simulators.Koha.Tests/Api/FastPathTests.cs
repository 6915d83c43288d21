using System.Net;
using System.Text.Json;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

/// <summary>
/// Keyset and id-list queries are answered from ordered indexes; every answer must equal the general path's (forced
/// here by adding a condition the fast path does not recognise), before and after change ticks reorder the index.
/// </summary>
public sealed class FastPathTests
{
    private const string Bound = "2100-01-01T00:00:00+00:00";

    [Theory]
    [InlineData("biblios", "biblio_id")]
    [InlineData("items", "item_id")]
    public async Task Keyset_pages_equal_the_general_path_and_cover_everything_once(string route, string key)
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        (await client.PostAsync("/_sim/advance?ticks=5&changes=30", null)).Dispose();
        var seen = new List<int>();
        string? after = null;
        for (var page = 0; page < 1000; page++)
        {
            var q = after ?? $$$"""{"timestamp":{"<=":"{{{Bound}}}"}}""";
            var (fast, total) = await PageAsync(client, route, key, q);
            var (general, generalTotal) = await PageAsync(client, route, key, Forced(q, key));
            Assert.Equal(general.Select(r => r.GetProperty(key).GetInt32()), fast.Select(r => r.GetProperty(key).GetInt32()));
            Assert.Equal(generalTotal, total);
            if (fast.Count == 0)
            {
                break;
            }

            seen.AddRange(fast.Select(r => r.GetProperty(key).GetInt32()));
            var last = fast[^1];
            var ts = last.GetProperty("timestamp").GetString();
            after = $$$"""{"-and":[{"timestamp":{"<=":"{{{Bound}}}"}},{"-or":[{"timestamp":{">":"{{{ts}}}"}},{"timestamp":"{{{ts}}}","{{{key}}}":{">":{{{last.GetProperty(key).GetInt32()}}}}}]}]}""";
        }

        var count = (await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"))).GetProperty(route == "biblios" ? "records" : "items").GetInt32();
        Assert.Equal(count, seen.Count);
        Assert.Equal(count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("""{"timestamp":{">=":"2024-01-01T00:00:00+00:00"}}""")]
    [InlineData("""{"timestamp":{">":"2023-05-01 10:00:00","<":"2025-01-01T00:00:00Z"}}""")]
    [InlineData("""[{"timestamp":{"<":"2021-01-01T00:00:00+00:00"}},{"timestamp":{">=":"2021-01-01T00:00:00+00:00"}}]""")]
    [InlineData("""{"-and":[{"timestamp":{"<=":"2026-06-01T00:00:00+00:00"}},{"timestamp":{">":"2020-03-04T05:06:07+00:00"}}]}""")]
    public async Task Other_timestamp_ranges_and_offsets_equal_the_general_path(string q)
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        foreach (var page in new[] { 1, 3 })
        {
            var (fast, total) = await PageAsync(client, "biblios", "biblio_id", q, page, perPage: 17);
            var (general, generalTotal) = await PageAsync(client, "biblios", "biblio_id", Forced(q, "biblio_id"), page, perPage: 17);
            Assert.Equal(general.Select(r => r.GetProperty("biblio_id").GetInt32()), fast.Select(r => r.GetProperty("biblio_id").GetInt32()));
            Assert.Equal(generalTotal, total);
        }
    }

    [Fact]
    public async Task Id_lists_are_looked_up_in_id_order_skipping_unknown_ids()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, $"/api/v1/biblios?_per_page=10&q={KohaApi.Q("""{"biblio_id":{"-in":[9,3,3,99999,5]}}""")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([3, 5, 9], (await KohaApi.JsonAsync(response)).EnumerateArray().Select(b => b.GetProperty("biblio_id").GetInt32()));
        Assert.Equal("3", KohaApi.Header(response, "X-Total-Count"));
        Assert.Equal("600", KohaApi.Header(response, "X-Base-Total-Count"));
        using var marc = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={KohaApi.Q("""{"biblio_id":{"-in":[4,2]}}""")}", "application/marcxml+xml");
        var xml = await marc.Content.ReadAsStringAsync();
        Assert.True(xml.IndexOf(">2</controlfield>", StringComparison.Ordinal) < xml.IndexOf(">4</controlfield>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_query_is_still_a_400_on_the_fast_path()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, $"/api/v1/biblios?_order_by=%2Btimestamp&q={KohaApi.Q("""{"timestamp":{">":"not a date"}}""")}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_query", (await KohaApi.JsonAsync(response)).GetProperty("error_code").GetString());
    }

    /// <summary>The same query AND-ed with a condition true for every row that only the general path understands.</summary>
    private static string Forced(string q, string key) => $$$"""{"-and":[{{{q}}},{"{{{key}}}":{">":0}}]}""";

    private static async Task<(List<JsonElement> Rows, string Total)> PageAsync(HttpClient client, string route, string key, string q, int page = 1, int perPage = 50)
    {
        using var response = await KohaApi.GetAsync(client, $"/api/v1/{route}?_page={page}&_per_page={perPage}&_order_by=%2Btimestamp,%2B{key}&q={KohaApi.Q(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ([.. (await KohaApi.JsonAsync(response)).EnumerateArray()], KohaApi.Header(response, "X-Total-Count"));
    }
}
