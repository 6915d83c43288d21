using Gateway.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Contracts;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>Item changes over real HTTP against the simulator: holdings, availability, and nothing published twice.</summary>
public sealed class ItemHarvestAgainstSimulatorTests : IAsyncLifetime
{
    private SimulatorRun _run = null!;

    public ValueTask InitializeAsync()
    {
        _run = SimulatorRun.Start(60, "koha-items");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task First_pass_publishes_every_item_as_holding_and_availability()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var itemCount = (await StatsAsync()).GetProperty("items").GetInt32();

        await rig.HarvestAllItemsAsync();

        var holdings = PublishedItemChanges.Holdings(rig.Harness).SelectMany(m => m.Items).ToList();
        var availability = PublishedItemChanges.Availability(rig.Harness);
        Assert.Equal(itemCount, holdings.Select(h => h.VendorItemId).Distinct().Count());
        Assert.Equal(itemCount, availability.Select(a => a.VendorItemId).Distinct().Count());
        Assert.All(availability, a => Assert.Contains(a.Status, ItemStatuses.All));
        Assert.All(holdings, h => Assert.False(string.IsNullOrEmpty(h.LibraryCode)));
    }

    [Fact]
    public async Task A_page_of_item_changes_is_one_run_in_item_order()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);

        await rig.HarvestAllItemsAsync();

        var runs = rig.Harness.PublishedSoFar<ItemsChanged>().Select(m => m.Context.Message).ToList();
        Assert.NotEmpty(runs);
        Assert.Empty(rig.Harness.PublishedSoFar<HoldingsChanged>());
        Assert.Empty(rig.Harness.PublishedSoFar<ItemAvailabilityChanged>());
        Assert.Equal(runs.Count, runs.Select(r => r.CorrelationId).Distinct().Count());
        foreach (var run in runs)
        {
            Assert.NotEmpty(run.Changes);
            Assert.All(run.Changes, c => Assert.True(c.Holdings is null != c.Availability is null));
            Assert.All(run.Changes, c => Assert.Equal(run.SystemId, c.Holdings?.SystemId ?? c.Availability!.SystemId));
            Assert.All(run.Changes, c => Assert.Equal(run.CorrelationId, c.Holdings?.CorrelationId ?? c.Availability!.CorrelationId));
        }

        // A first pass: each item's holding, then its status, item after item.
        var first = runs[0].Changes;
        var itemIds = first.Select(c => c.Holdings?.Items.Single().VendorItemId ?? c.Availability!.VendorItemId).ToList();
        Assert.Equal(itemIds.Chunk(2).Select(p => p[0]), itemIds.Chunk(2).Select(p => p[^1]));
        Assert.All(first.Chunk(2), p => Assert.True(p[0].Holdings is not null && p[^1].Availability is not null));
    }

    [Fact]
    public async Task Reading_the_same_items_again_publishes_nothing()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await rig.HarvestAllItemsAsync();
        var first = rig.Harness.PublishedSoFar().Count;
        Assert.NotEmpty(PublishedItemChanges.Changes(rig.Harness));

        await rig.HarvestAllItemsAsync(start: null); // from the beginning: every item already published as it is

        Assert.Equal(first, rig.Harness.PublishedSoFar().Count);
    }

    [Fact]
    public async Task After_changes_the_published_state_of_every_item_is_what_koha_now_says_and_nothing_twice()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var position = await rig.HarvestAllItemsAsync();
        var before = PublishedItemChanges.Availability(rig.Harness).Count;

        using var advance = await _run.Simulator.CreateClient().PostAsync(new Uri("/_sim/advance?ticks=3&changes=20", UriKind.Relative), null);
        var kinds = (await advance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").EnumerateArray()
            .Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Contains("ItemStatusChanged", kinds);

        await rig.HarvestAllItemsAsync(position);
        await rig.HarvestAllItemsAsync(position); // the same window again: nothing new

        var published = PublishedItemChanges.Availability(rig.Harness);
        var afterChanges = published.Skip(before).Select(m => m.VendorItemId).ToList();
        Assert.NotEmpty(afterChanges);
        Assert.Equal(afterChanges.Count, afterChanges.Distinct().Count());

        var latest = published.GroupBy(m => m.VendorItemId).ToDictionary(g => g.Key, g => g.Last());
        var holds = (await KohaAsync<List<Vendor.KohaShelvedHold>>("/api/v1/holds?_per_page=-1"))
            .Where(h => h.ItemId is not null && h.Status is "W" or "T").ToDictionary(h => h.ItemId!.Value);
        foreach (var item in await KohaAsync<List<Vendor.KohaItem>>("/api/v1/items?_per_page=-1"))
        {
            var expected = Mapping.KohaItemStatusMapper.Map(item, holds.GetValueOrDefault(item.ItemId));
            var actual = latest[item.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal((expected.Status, expected.VendorStatus, expected.DueDate), (actual.Status, actual.VendorStatus, actual.DueDate));
        }
    }

    private async Task<T> KohaAsync<T>(string path)
    {
        var client = _run.Simulator.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "gateway", ["client_secret"] = _run.Secret,
        });
        using var token = await client.PostAsync(new Uri("/api/v1/oauth/token", UriKind.Relative), form);
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    [Fact]
    public async Task Forgetting_after_a_rewind_publishes_those_items_again()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await rig.HarvestAllItemsAsync();
        var first = PublishedItemChanges.Availability(rig.Harness).Count;

        await rig.Items.ForgetPublishedAfterAsync(rig.System, null, CancellationToken.None);
        await rig.HarvestAllItemsAsync(start: null);

        Assert.Equal(2 * first, PublishedItemChanges.Availability(rig.Harness).Count);
    }

    private async Task<JsonElement> StatsAsync() =>
        await _run.Simulator.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/_sim/stats", UriKind.Relative));
}
