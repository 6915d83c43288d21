using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Testing;

namespace Gateway.IntegrationTests;

/// <summary>
/// Availability in the distributed mode (decision 0026): through the gateway's public port, YARP to the catalogue host,
/// whose availability service resolves ids with the catalogue and asks the Koha adapter host, which asks Koha; and its
/// cache fed by <c>ItemAvailabilityChanged</c> from the adapter over RabbitMQ, answering while Koha fails.
/// </summary>
[Trait("Category", "Integration")]
[Collection(DistributedSystems.Name)]
public sealed class DistributedAvailabilityTests(RabbitMqVirtualHostFixture rabbit) : IClassFixture<RabbitMqVirtualHostFixture>
{
    private const int Records = 60;
    private const string System = DistributedSystem.SystemId;

    [Fact]
    public async Task Availability_through_the_gateway_is_live_from_koha_then_served_from_the_event_fed_cache_when_koha_fails()
    {
        var vhost = rabbit.RequireOrSkip();
        await using var system = await DistributedSystem.StartAsync(vhost, Records);
        try
        {
            await RunAsync(system);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"{e}\n--- processes ---\n{system.Describe()}");
        }
    }

    private static async Task RunAsync(DistributedSystem system)
    {
        var oracle = new KohaOracle(system);
        await Eventually.GetAsync(system.ListAllSourceIdsAsync, all => all.Count == Records, TimeSpan.FromSeconds(90),
            $"all {Records} simulator records listed by the gateway's search");

        // 1. Live: a page of ids through the gateway's public port; every item's status as Koha has it now. The first
        //    requests of freshly started processes may miss the 2 s deadline (JIT, first token): asked until complete.
        var page = Enumerable.Range(1, 10).Select(i => $"{System}:{i}").ToList();
        var live = await Eventually.GetAsync(
            () => PostAsync(system, new { ids = page, items = true }),
            answer => answer.GetProperty("complete").GetBoolean(),
            TimeSpan.FromSeconds(30),
            "a complete live answer for a page of 10 records");
        Assert.Equal("ok", SystemOf(live).GetProperty("outcome").GetString());
        Assert.Empty(live.GetProperty("notFound").EnumerateArray());
        Assert.Equal(page, live.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var checkedItems = 0;
        foreach (var record in live.GetProperty("records").EnumerateArray())
        {
            var biblioId = long.Parse(record.GetProperty("id").GetString()!.Split(':')[1], CultureInfo.InvariantCulture);
            var expected = await oracle.ExpectedAsync(biblioId);
            var items = Items(record).ToDictionary(i => i.GetProperty("vendorItemId").GetString()!);
            Assert.Equal(expected.Keys.Order(), items.Keys.Order());
            foreach (var (itemId, (status, due)) in expected)
            {
                Assert.Equal(status, items[itemId].GetProperty("status").GetString());
                Assert.Equal(due, items[itemId].TryGetProperty("dueDate", out var d) && d.ValueKind == JsonValueKind.String ? d.GetDateTimeOffset() : null);
                checkedItems++;
            }

            Assert.All(record.GetProperty("libraries").EnumerateArray(), l => Assert.Equal("live", l.GetProperty("freshness").GetString()));
        }

        Assert.True(checkedItems >= 10, $"only {checkedItems} items checked");

        // 2. A consolidated record's id works the same way (the catalogue host resolves it in-process).
        var hit = (await system.Http.GetFromJsonAsync<JsonElement>(new Uri(system.Gateway, $"/api/v1/records?system={System}&limit=1")))
            .GetProperty("items")[0];
        var clusterId = hit.GetProperty("id").GetString()!;
        var sources = hit.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!.Split(':')[1]).ToHashSet();
        using (var response = await system.Http.GetAsync(new Uri(system.Gateway, $"/api/v1/records/{clusterId}/availability")))
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            var cluster = JsonDocument.Parse(text).RootElement;
            var record = Assert.Single(cluster.GetProperty("records").EnumerateArray());
            Assert.Equal(clusterId, record.GetProperty("id").GetString());
            Assert.NotEmpty(record.GetProperty("libraries").EnumerateArray());
            Assert.All(record.GetProperty("libraries").EnumerateArray(), l =>
            {
                Assert.Contains(l.GetProperty("vendorRecordId").GetString()!, sources);
                Assert.Equal(("live", "ok"), (l.GetProperty("freshness").GetString(), l.GetProperty("outcome").GetString()));
            });
        }

        // 3. An id no system holds: a 404 problem from the catalogue host, through the gateway.
        using (var response = await system.Http.GetAsync(new Uri(system.Gateway, $"/api/v1/records/{System}:999999/availability")))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.EndsWith("/not-found", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.Contains($"{System}:999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // 4. Koha's items route fails (500) while items change: the adapter's harvest publishes ItemAvailabilityChanged,
        //    and the catalogue host's cache answers with it (stale), the system's outcome an error with Koha's reason
        //    (not a timeout: the adapter's live lookup does not retry Koha).
        await system.FaultSimulatorAsync(new { errorRate = 1.0, routes = new[] { "biblio_items" } });
        var asked = page.Concat(sources.Select(s => $"{System}:{s}")).ToHashSet();
        var changes = (await system.AdvanceSimulatorAsync(ticks: 1, changes: 60)).GetProperty("changes").EnumerateArray().ToList();
        var deleted = changes.Where(c => c.GetProperty("kind").GetString() == "BiblioDeleted").Select(c => c.GetProperty("biblioId").GetInt64()).ToHashSet();
        var changed = changes
            .Where(c => c.GetProperty("kind").GetString() == "ItemStatusChanged" && c.GetProperty("itemId").ValueKind == JsonValueKind.Number)
            .Select(c => (Biblio: c.GetProperty("biblioId").GetInt64(), Item: c.GetProperty("itemId").GetInt64().ToString(CultureInfo.InvariantCulture),
                At: c.GetProperty("timestamp").GetDateTimeOffset()))
            .Where(c => c.Biblio <= Records && !deleted.Contains(c.Biblio) && !asked.Contains($"{System}:{c.Biblio}"))
            .ToList();
        Assert.NotEmpty(changed);
        var changedIds = changed.Select(c => $"{System}:{c.Biblio}").Distinct().ToList();
        var changedItems = changed.GroupBy(c => c.Item).ToDictionary(g => g.Key, g => g.Max(c => c.At));

        // The cache already holds these records' items from the first harvest's events (asOf = Koha's item timestamps);
        // an event of this change carries the change's timestamp.
        bool Reported(JsonElement item) =>
            changedItems.TryGetValue(item.GetProperty("vendorItemId").GetString()!, out var at) && item.GetProperty("asOf").GetDateTimeOffset() >= at;
        var stale = await Eventually.GetAsync(
            () => PostAsync(system, new { ids = changedIds, items = true }),
            answer => answer.GetProperty("records").EnumerateArray().SelectMany(Items).Any(Reported),
            TimeSpan.FromSeconds(60),
            "an item changed in Koha shows, as the adapter's event says, in the availability answer while Koha's items route fails");
        var failing = SystemOf(stale);
        Assert.Equal("error", failing.GetProperty("outcome").GetString());
        Assert.Contains("500", failing.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(failing.GetProperty("elapsedMs").GetInt64() < stale.GetProperty("deadlineMs").GetInt64(), failing.ToString());
        Assert.False(stale.GetProperty("complete").GetBoolean());
        var fromEvents = stale.GetProperty("records").EnumerateArray()
            .SelectMany(r => r.GetProperty("libraries").EnumerateArray())
            .Where(l => l.TryGetProperty("items", out var items) && items.EnumerateArray().Any(Reported))
            .ToList();
        Assert.All(fromEvents, l => Assert.Equal("stale", l.GetProperty("freshness").GetString()));

        // The page read live in step 1 is answered from the cache too: stale, each library with its asOf (that live
        // answer's, or a later event's), never live.
        var liveAsOf = live.GetProperty("records").EnumerateArray().SelectMany(r => r.GetProperty("libraries").EnumerateArray())
            .ToDictionary(l => (l.GetProperty("vendorRecordId").GetString(), l.GetProperty("libraryCode").GetString()), l => l.GetProperty("asOf").GetDateTimeOffset());
        var again = await PostAsync(system, new { ids = page, items = false });
        Assert.Equal("error", SystemOf(again).GetProperty("outcome").GetString());
        Assert.All(again.GetProperty("records").EnumerateArray().SelectMany(r => r.GetProperty("libraries").EnumerateArray()), l =>
        {
            Assert.Equal("stale", l.GetProperty("freshness").GetString());
            var key = (l.GetProperty("vendorRecordId").GetString(), l.GetProperty("libraryCode").GetString());
            Assert.True(l.GetProperty("asOf").GetDateTimeOffset() >= liveAsOf[key], l.ToString());
        });

        // 5. Koha answers again: the live statuses of the items the events reported are what the cache said (transfers
        //    no hold caused excepted: the harvest cannot see them, decision 0015).
        await system.FaultSimulatorAsync(null);
        var cached = stale.GetProperty("records").EnumerateArray().SelectMany(Items)
            .Where(Reported)
            .ToDictionary(i => i.GetProperty("vendorItemId").GetString()!, i => i.GetProperty("status").GetString());
        var recovered = await Eventually.GetAsync(
            () => PostAsync(system, new { ids = changedIds, items = true }),
            answer => SystemOf(answer).GetProperty("outcome").GetString() == "ok",
            TimeSpan.FromSeconds(30),
            "a live answer once Koha's items route works again");
        var now = recovered.GetProperty("records").EnumerateArray().SelectMany(Items).ToDictionary(i => i.GetProperty("vendorItemId").GetString()!);
        foreach (var (itemId, status) in cached)
        {
            var item = now[itemId];
            if (item.GetProperty("vendorStatus").GetString()?.StartsWith("transfer:", StringComparison.Ordinal) != true)
            {
                Assert.Equal(item.GetProperty("status").GetString(), status);
            }
        }
    }

    private static async Task<JsonElement> PostAsync(DistributedSystem system, object body)
    {
        using var response = await system.Http.PostAsJsonAsync(new Uri(system.Gateway, "/api/v1/availability"), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement SystemOf(JsonElement answer) =>
        answer.GetProperty("systems").EnumerateArray().Single(s => s.GetProperty("systemId").GetString() == System);

    private static IEnumerable<JsonElement> Items(JsonElement record) =>
        record.GetProperty("libraries").EnumerateArray()
            .SelectMany(l => l.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : []);
}
