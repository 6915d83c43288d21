using System.Globalization;
using System.Net;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class ChangeTests
{
    [Fact]
    public async Task Advance_changes_timestamps_and_deletions_appear_in_deleted_biblios()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        var recent = KohaApi.Q($$$"""{"timestamp":{">=":"{{{since}}}"}}""");
        using var none = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={recent}");
        Assert.Equal("0", KohaApi.Header(none, "X-Total-Count"));

        using var advance = await client.PostAsync("/_sim/advance?ticks=3", null);
        Assert.Equal(HttpStatusCode.OK, advance.StatusCode);
        var changes = (await KohaApi.JsonAsync(advance)).GetProperty("changes").EnumerateArray().ToList();
        var updated = changes.Where(c => c.GetProperty("kind").GetString() is "BiblioUpdated" or "BiblioAdded")
            .Select(c => c.GetProperty("biblioId").GetInt32()).ToHashSet();
        var deleted = changes.Where(c => c.GetProperty("kind").GetString() == "BiblioDeleted").Select(c => c.GetProperty("biblioId").GetInt32()).ToHashSet();
        Assert.NotEmpty(updated);
        Assert.NotEmpty(deleted);

        using var changed = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={recent}&_per_page=-1");
        var changedIds = (await KohaApi.JsonAsync(changed)).EnumerateArray().Select(b => b.GetProperty("biblio_id").GetInt32()).ToHashSet();
        Assert.Equal(updated.Except(deleted).Order(), changedIds.Order());

        using var gone = await KohaApi.GetAsync(client, $"/api/v1/deleted/biblios?q={recent}&_per_page=-1");
        var goneIds = (await KohaApi.JsonAsync(gone)).EnumerateArray().Select(b => b.GetProperty("biblio_id").GetInt32()).ToHashSet();
        Assert.Equal(deleted.Order(), goneIds.Order());
        var oneDeleted = deleted.First();
        using var notFound = await KohaApi.GetAsync(client, $"/api/v1/biblios/{oneDeleted}");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        using var asDeleted = await KohaApi.GetAsync(client, $"/api/v1/deleted/biblios/{oneDeleted}", "application/marcxml+xml");
        Assert.Equal(HttpStatusCode.OK, asDeleted.StatusCode);
    }

    [Fact]
    public async Task Item_changes_are_visible_through_items_timestamp_queries()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        using var advance = await client.PostAsync("/_sim/advance?ticks=2", null);
        var itemIds = (await KohaApi.JsonAsync(advance)).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "ItemStatusChanged").Select(c => c.GetProperty("itemId").GetInt32()).ToHashSet();
        var q = KohaApi.Q($$$"""{"timestamp":{">=":"{{{since}}}"}}""");
        using var items = await KohaApi.GetAsync(client, $"/api/v1/items?q={q}&_per_page=-1");
        var changed = (await KohaApi.JsonAsync(items)).EnumerateArray().Select(i => i.GetProperty("item_id").GetInt32()).ToHashSet();
        Assert.NotEmpty(itemIds);
        Assert.Superset(itemIds, changed);
    }
}
