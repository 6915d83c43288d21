using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Api.Tests;

/// <summary>
/// The hub's availability API over the embedded gateway and two Koha simulators: live answers, a slow or broken
/// system answering from the cache (or not at all) while the other stays live, the circuit breaker, garbage from a
/// vendor, and the cache fed by <c>ItemAvailabilityChanged</c>.
/// </summary>
public sealed class AvailabilityApiTests
{
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Healthy_systems_answer_live_per_library_with_request_links(bool overHttp)
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: EmbeddedAvailability.OverHttp(overHttp));
        await setup.HarvestedAsync("koha-east:1", "koha-london:1");
        var client = setup.Gateway.CreateClient();

        var answer = await PostAsync(client, new { ids = new[] { "koha-east:1", "koha-london:1" } });

        Assert.True(answer.GetProperty("complete").GetBoolean());
        Assert.All(Systems(answer), s => Assert.Equal("ok", s.GetProperty("outcome").GetString()));
        var libraries = Libraries(answer).ToList();
        Assert.Contains(libraries, l => l.GetProperty("systemId").GetString() == "koha-east");
        Assert.Contains(libraries, l => l.GetProperty("systemId").GetString() == "koha-london");
        Assert.All(libraries, l =>
        {
            Assert.Equal("live", l.GetProperty("freshness").GetString());
            Assert.Equal("ok", l.GetProperty("outcome").GetString());
            Assert.True(l.GetProperty("itemCount").GetInt32() > 0);
            Assert.Equal(l.GetProperty("itemCount").GetInt32(), l.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
            Assert.Contains("opac-reserve.pl?biblionumber=1", l.GetProperty("links").GetProperty("hold").GetString(), StringComparison.Ordinal);
            Assert.False(l.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array, "items only on request");
        });
        Assert.Equal(overHttp, setup.AdapterRouteCalls > 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_system_slower_than_the_deadline_answers_stale_from_the_cache_while_the_other_stays_live(bool overHttp)
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: EmbeddedAvailability.OverHttp(overHttp, new Dictionary<string, string?> { ["Availability:Deadline"] = "00:00:01" }));
        await setup.HarvestedAsync("koha-east:2", "koha-london:2");
        var client = setup.Gateway.CreateClient();
        var ids = new { ids = new[] { "koha-east:2", "koha-london:2" } };
        var first = await PostAsync(client, ids);
        var londonAsOf = Libraries(first).Where(l => l.GetProperty("systemId").GetString() == "koha-london").Select(l => l.GetProperty("asOf").GetDateTimeOffset()).Min();

        await setup.FaultAsync("koha-london", new { latencyMs = 10_000 });
        var stopwatch = Stopwatch.StartNew();
        var answer = await PostAsync(client, ids);
        stopwatch.Stop();

        Assert.False(answer.GetProperty("complete").GetBoolean());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMilliseconds(1000 + 750), $"answered after {stopwatch.ElapsedMilliseconds} ms (deadline 1000 ms)");
        Assert.Equal("ok", System(answer, "koha-east").GetProperty("outcome").GetString());
        Assert.Equal("timeout", System(answer, "koha-london").GetProperty("outcome").GetString());
        var east = Libraries(answer).Where(l => l.GetProperty("systemId").GetString() == "koha-east").ToList();
        var london = Libraries(answer).Where(l => l.GetProperty("systemId").GetString() == "koha-london").ToList();
        Assert.NotEmpty(east);
        Assert.NotEmpty(london);
        Assert.All(east, l => Assert.Equal("live", l.GetProperty("freshness").GetString()));
        Assert.All(london, l =>
        {
            Assert.Equal("stale", l.GetProperty("freshness").GetString());
            Assert.Equal("timeout", l.GetProperty("outcome").GetString());
            Assert.False(string.IsNullOrEmpty(l.GetProperty("reason").GetString()));
            Assert.True(l.GetProperty("asOf").GetDateTimeOffset() >= londonAsOf, "asOf is the cached answer's");
        });
    }

    [Fact]
    public async Task A_failing_system_with_nothing_cached_answers_unknown_for_the_libraries_the_catalogue_knows()
    {
        // Cached answers (and harvested events) are dropped after a second, so the cache has nothing when london hangs.
        await using var setup = EmbeddedAvailability.Start(_secret, settings: new Dictionary<string, string?>
        {
            ["Availability:Deadline"] = "00:00:01",
            ["Availability:CacheLifetime"] = "00:00:01",
        });
        await setup.HarvestedAsync("koha-east:3", "koha-london:3");
        // A first page warms the path (a cold first call on a loaded machine can pass the 1 s deadline); its answers
        // expire with the rest during the wait below.
        await PostAsync(setup.Gateway.CreateClient(), new { ids = new[] { "koha-east:3", "koha-london:3" } });
        await setup.FaultAsync("koha-london", new { timeoutRate = 1.0, routes = new[] { "biblios", "holds" } });
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);

        var answer = await PostAsync(setup.Gateway.CreateClient(), new { ids = new[] { "koha-east:3", "koha-london:3" } });

        Assert.False(answer.GetProperty("complete").GetBoolean());
        var london = Libraries(answer).Where(l => l.GetProperty("systemId").GetString() == "koha-london").ToList();
        Assert.NotEmpty(london);
        Assert.All(london, l =>
        {
            Assert.Equal("unknown", l.GetProperty("freshness").GetString());
            Assert.Equal("unknown", l.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, l.GetProperty("asOf").ValueKind);
            Assert.Equal("timeout", l.GetProperty("outcome").GetString());
        });
        Assert.All(Libraries(answer).Where(l => l.GetProperty("systemId").GetString() == "koha-east"), l => Assert.Equal("live", l.GetProperty("freshness").GetString()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Repeated_failures_open_the_system_s_circuit_which_then_answers_at_once(bool overHttp)
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: EmbeddedAvailability.OverHttp(overHttp, new Dictionary<string, string?>
        {
            // koha-london hangs, so its attempts time out; the 1.5 s attempt timeout is far above what koha-east needs
            // even on a loaded machine (400 ms was passed under load), and the 3 s budget leaves it room to fire: an
            // attempt cut by the request's deadline instead is a cancellation, not a failure for the circuit.
            ["Availability:Deadline"] = "00:00:03",
            ["Availability:AttemptTimeout"] = "00:00:01.500",
            ["Availability:HedgingDelay"] = "00:00:00.200",
            ["Availability:CircuitMinimumThroughput"] = "2",
            // koha-london fails every call; koha-east, after its healthy first page, opens only if nine in ten of its
            // calls fail, which a slow machine does not do.
            ["Availability:CircuitFailureRatio"] = "0.9",
            ["Availability:CircuitBreakDuration"] = "00:01:00",
        }));
        await setup.HarvestedAsync("koha-east:4", "koha-london:4");
        var client = setup.Gateway.CreateClient();
        var ids = new { ids = new[] { "koha-east:4", "koha-london:4" } };
        // One healthy page first: a cold path on a loaded machine is slow for koha-east too, and such failures opened
        // koha-east's own circuit once in CI.
        var healthy = await PostAsync(client, ids);
        Assert.Equal("ok", System(healthy, "koha-east").GetProperty("outcome").GetString());
        Assert.Equal("ok", System(healthy, "koha-london").GetProperty("outcome").GetString());
        await setup.FaultAsync("koha-london", new { timeoutRate = 1.0 });

        var outcomes = new List<string>();
        JsonElement answer = default;
        var elapsed = TimeSpan.Zero;
        var londonCallsDuringLast = -1L;
        for (var attempt = 0; attempt < 10 && !outcomes.Any(o => o.StartsWith("circuit-open", StringComparison.Ordinal)); attempt++)
        {
            var callsBefore = await setup.AllCallsAsync("koha-london");
            var stopwatch = Stopwatch.StartNew();
            answer = await PostAsync(client, ids);
            elapsed = stopwatch.Elapsed;
            londonCallsDuringLast = await setup.AllCallsAsync("koha-london") - callsBefore;
            outcomes.Add(System(answer, "koha-london").GetProperty("outcome").GetString()! + ": " + System(answer, "koha-london").GetProperty("reason").GetString());
        }

        Assert.StartsWith("timeout", outcomes[0], StringComparison.Ordinal);
        Assert.StartsWith("circuit-open", outcomes[^1], StringComparison.Ordinal);
        Assert.Equal(0, londonCallsDuringLast);
        // Without waiting for the 1.5 s attempt timeout (a loaded machine can take a few hundred ms over the page itself).
        Assert.True(elapsed < TimeSpan.FromMilliseconds(1000), $"an open circuit answers without waiting ({elapsed.TotalMilliseconds} ms)");
        Assert.Equal("ok", System(answer, "koha-east").GetProperty("outcome").GetString());
        Assert.All(Libraries(answer).Where(l => l.GetProperty("systemId").GetString() == "koha-london"), l =>
        {
            Assert.Equal("circuit-open", l.GetProperty("outcome").GetString());
            Assert.Equal("stale", l.GetProperty("freshness").GetString());
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Garbage_from_a_vendor_is_that_system_s_error_with_a_reason_and_the_others_are_fine(bool overHttp)
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: EmbeddedAvailability.OverHttp(overHttp));
        await setup.HarvestedAsync("koha-east:5", "koha-london:5");
        await setup.FaultAsync("koha-london", new { malformedRate = 1.0 });

        var answer = await PostAsync(setup.Gateway.CreateClient(), new { ids = new[] { "koha-east:5", "koha-london:5" } });

        var london = System(answer, "koha-london");
        Assert.Equal("error", london.GetProperty("outcome").GetString());
        Assert.StartsWith("502 Bad Gateway: ", london.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", System(answer, "koha-east").GetProperty("outcome").GetString());
        Assert.All(Libraries(answer).Where(l => l.GetProperty("systemId").GetString() == "koha-east"), l => Assert.Equal("live", l.GetProperty("freshness").GetString()));
        Assert.False(answer.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task An_item_event_on_the_bus_updates_the_cached_answer_without_a_live_call()
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: new Dictionary<string, string?> { ["Availability:FreshFor"] = "00:05:00" });
        await setup.HarvestedAsync("koha-east:6");
        var client = setup.Gateway.CreateClient();
        var ids = new { ids = new[] { "koha-east:6" }, items = true };
        var first = await PostAsync(client, ids);
        Assert.Equal(1, System(first, "koha-east").GetProperty("adapterCalls").GetInt32());
        var library = Libraries(first).First();
        var item = library.GetProperty("items").EnumerateArray().First();
        var callsBefore = await setup.CallsAsync("koha-east", "biblio_items");

        await setup.Gateway.PublishAndConsumeAsync(new Gateway.Contracts.ItemAvailabilityChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "6",
            VendorItemId = item.GetProperty("vendorItemId").GetString()!,
            LibraryCode = library.GetProperty("libraryCode").GetString()!,
            Status = "lost",
            VendorStatus = "lost:1",
            SourceTimestamp = DateTimeOffset.UtcNow.AddSeconds(1),
            CorrelationId = Guid.NewGuid(),
        });
        var answer = await PostAsync(client, ids);

        Assert.Equal(callsBefore, await setup.CallsAsync("koha-east", "biblio_items"));
        Assert.Equal(0, System(answer, "koha-east").GetProperty("adapterCalls").GetInt32());
        Assert.Equal(1, System(answer, "koha-east").GetProperty("fromCache").GetInt32());
        var changed = Libraries(answer).SelectMany(l => l.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("vendorItemId").GetString() == item.GetProperty("vendorItemId").GetString());
        Assert.Equal("lost", changed.GetProperty("status").GetString());
        Assert.Equal("lost:1", changed.GetProperty("vendorStatus").GetString());
        Assert.All(Libraries(answer), l => Assert.Equal("cached", l.GetProperty("freshness").GetString()));
        Assert.True(answer.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task An_item_event_answers_for_a_system_that_is_down()
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: new Dictionary<string, string?> { ["Availability:Deadline"] = "00:00:01" });
        await setup.HarvestedAsync("koha-london:7");
        await setup.FaultAsync("koha-london", new { errorRate = 1.0, routes = new[] { "biblios", "holds" } });
        var sourceTimestamp = DateTimeOffset.UtcNow.AddMinutes(1);

        await setup.Gateway.PublishAndConsumeAsync(new Gateway.Contracts.ItemAvailabilityChanged
        {
            SystemId = "koha-london",
            VendorRecordId = "7",
            VendorItemId = "event-item",
            LibraryCode = "BARTS",
            Status = "on-loan",
            DueDate = sourceTimestamp.AddDays(14),
            SourceTimestamp = sourceTimestamp,
            CorrelationId = Guid.NewGuid(),
        });
        var answer = await PostAsync(setup.Gateway.CreateClient(), new { ids = new[] { "koha-london:7" }, items = true });

        Assert.NotEqual("ok", System(answer, "koha-london").GetProperty("outcome").GetString());
        var item = Libraries(answer).SelectMany(l => l.TryGetProperty("items", out var items) ? items.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(i => i.GetProperty("vendorItemId").GetString() == "event-item");
        Assert.Equal("on-loan", item.GetProperty("status").GetString());
        var barts = Libraries(answer).Single(l => l.GetProperty("libraryCode").GetString() == "BARTS");
        Assert.Equal("stale", barts.GetProperty("freshness").GetString());
        Assert.Equal(sourceTimestamp.AddDays(14), barts.GetProperty("dueDate").GetDateTimeOffset());
    }

    /// <summary>Sends the body and returns the 200 answer.</summary>
    internal static async Task<JsonElement> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/availability", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static IEnumerable<JsonElement> Libraries(JsonElement answer) =>
        answer.GetProperty("records").EnumerateArray().SelectMany(r => r.GetProperty("libraries").EnumerateArray());

    internal static IEnumerable<JsonElement> Systems(JsonElement answer) => answer.GetProperty("systems").EnumerateArray();

    internal static JsonElement System(JsonElement answer, string systemId) =>
        Systems(answer).Single(s => s.GetProperty("systemId").GetString() == systemId);
}
