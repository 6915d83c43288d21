using System.Globalization;
using System.Text.Json;

namespace Gateway.Api.Tests;

/// <summary>Cursor paging of <c>GET /api/v1/records</c> (consolidated records; each record here is its own).</summary>
public sealed class RecordPagingTests
{
    private const string System = "koha-london";
    private const int RecordCount = 7;
    private const int Limit = 3;

    [Fact]
    public async Task Pages_follow_next_cursor_and_serve_every_record_exactly_once()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var published = await PublishAsync(factory);

        var pages = new List<List<string>>();
        string? cursor = null;
        do
        {
            var path = $"/api/v1/records?system={System}&limit={Limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await HttpJson.GetAsync(client, path);
            pages.Add(Ids(page));
            cursor = page.GetProperty("nextCursor").GetString();
            Assert.True(pages.Count <= RecordCount, "paging does not end");
        }
        while (cursor is not null);

        var expectedSizes = Enumerable.Range(0, (RecordCount + Limit - 1) / Limit)
            .Select(i => Math.Min(Limit, RecordCount - (i * Limit)));
        Assert.Equal(expectedSizes, pages.Select(p => p.Count));
        var served = pages.SelectMany(p => p).ToList();
        Assert.Equal(served.Count, served.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(published.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Last_page_has_no_next_cursor_or_link()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await PublishAsync(factory);

        var all = await HttpJson.GetAsync(client, $"/api/v1/records?system={System}&limit={RecordCount}");

        Assert.Equal(RecordCount, all.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("nextCursor").ValueKind);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Next_link_serves_the_page_after_the_cursor_with_the_same_filter_and_limit()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await PublishAsync(factory);

        var first = await HttpJson.GetAsync(client, $"/api/v1/records?system={System}&limit={Limit}");
        var next = first.GetProperty("next").GetString();
        var nextCursor = first.GetProperty("nextCursor").GetString();
        Assert.NotNull(next);
        Assert.NotNull(nextCursor);

        var followed = await HttpJson.GetAsync(client, next);
        var byCursor = await HttpJson.GetAsync(client, $"/api/v1/records?system={System}&limit={Limit}&cursor={Uri.EscapeDataString(nextCursor)}");

        Assert.Equal(Ids(byCursor), Ids(followed));
        Assert.Equal(Limit, Ids(followed).Count);
        Assert.Empty(Ids(first).Intersect(Ids(followed)));
        Assert.All(followed.GetProperty("items").EnumerateArray(), r => Assert.Contains(System, HttpJson.Strings(r.GetProperty("systems"))));
    }

    /// <summary>Publishes <see cref="RecordCount"/> records of <see cref="System"/> and one of another system.</summary>
    private static async Task<List<string>> PublishAsync(GatewayFactory factory)
    {
        var ids = new List<string>();
        for (var i = 1; i <= RecordCount; i++)
        {
            var vendorId = (500 + i).ToString(CultureInfo.InvariantCulture);
            await factory.PublishAndConsumeAsync(RecordMessages.Changed(System, vendorId, RecordMessages.T0.AddSeconds(i)));
            ids.Add($"{System}:{vendorId}");
            if (i == 4)
            {
                await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", vendorId, RecordMessages.T0));
            }
        }

        return ids;
    }

    /// <summary>The source records of a page's hits (one each here: no two records share a key).</summary>
    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(r => Assert.Single(HttpJson.Strings(r.GetProperty("sources"))))];
}
