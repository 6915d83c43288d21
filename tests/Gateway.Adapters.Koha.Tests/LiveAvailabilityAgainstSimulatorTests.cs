using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Adapters.Koha.Availability;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Systems;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// Live availability over real HTTP: the adapter's endpoint in a web host, Koha's answers from the simulator. Checks
/// the status of every item against what Koha says, how many Koha calls a batch costs, the deadline and vendor faults.
/// </summary>
public sealed class LiveAvailabilityAgainstSimulatorTests : IAsyncLifetime
{
    private const string Route = "/api/v1/adapters/koha-east/availability";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private SimulatorRun _run = null!;

    public ValueTask InitializeAsync()
    {
        _run = SimulatorRun.Start(400, "koha-availability");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task Every_item_has_the_status_koha_gives_it_now_including_transfers_no_hold_caused()
    {
        var world = await WorldAsync();
        var travelling = world.Items.Where(i => i.Transfer is { IsActive: true, Reason: not "Reserve" } && Unrestricted(i) && !world.Holds.ContainsKey(i.ItemId)).ToList();
        var onLoan = world.Items.First(i => i.CheckedOutDate is not null && i.Withdrawn == 0 && i.LostStatus == 0);
        var waiting = world.Items.First(i => world.Holds.GetValueOrDefault(i.ItemId)?.Status == "W" && Unrestricted(i));
        Assert.NotEmpty(travelling);
        var ids = travelling.Select(i => i.BiblioId).Append(onLoan.BiblioId).Append(waiting.BiblioId).Distinct().Take(50).ToList();
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);

        var answer = await PostAsync(host, ids);

        Assert.Equal(KohaLiveAvailability.PerRecordSource, answer.Source);
        Assert.Equal(ids.Select(Text), answer.Records.Select(r => r.VendorRecordId));
        var live = answer.Records.SelectMany(r => r.Items).ToDictionary(i => i.VendorItemId);
        foreach (var id in ids)
        {
            var expected = world.Items.Where(i => i.BiblioId == id).Select(i => Text(i.ItemId)).Order();
            Assert.Equal(expected, answer.Records.Single(r => r.VendorRecordId == Text(id)).Items.Select(i => i.VendorItemId).Order());
        }

        foreach (var item in travelling.Where(i => ids.Contains(i.BiblioId)))
        {
            var seen = live[Text(item.ItemId)];
            Assert.Equal((ItemStatuses.InTransit, $"transfer:{item.Transfer!.Reason}"), (seen.Status, seen.VendorStatus));
            Assert.Equal(item.HoldingLibraryId, seen.HoldingLibraryCode);
        }

        var loan = live[Text(onLoan.ItemId)];
        Assert.Equal(ItemStatuses.OnLoan, loan.Status);
        var dueLocal = onLoan.CheckedOutDate!.Value.ToDateTime(new TimeOnly(23, 59));
        Assert.Equal(new DateTimeOffset(dueLocal, TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(dueLocal)), loan.DueDate);
        Assert.Equal(ItemStatuses.OnHoldShelf, live[Text(waiting.ItemId)].Status);
        Assert.All(answer.Records, r => Assert.Equal(answer.AsOf, r.AsOf));
        Assert.All(live.Values, i => Assert.Contains(i.Status, ItemStatuses.All));
    }

    [Fact]
    public async Task The_batch_read_is_two_koha_calls_and_cannot_see_transfers_no_hold_caused()
    {
        var world = await WorldAsync();
        var travelling = world.Items.First(i => i.Transfer is { IsActive: true, Reason: not "Reserve" } && Unrestricted(i) && !world.Holds.ContainsKey(i.ItemId));
        var ids = world.Items.Select(i => i.BiblioId).Distinct().Where(id => id != travelling.BiblioId).Take(29).Append(travelling.BiblioId).ToList();
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret, new Dictionary<string, string?> { ["KohaAdapter:AvailabilityReadsTransfers"] = "false" });
        await PostAsync(host, [ids[0]]); // the token
        await _run.Koha.ResetStatsAsync();

        var answer = await PostAsync(host, ids);

        Assert.Equal(KohaLiveAvailability.BatchSource, answer.Source);
        Assert.Equal((1L, 1L, 0L), (await _run.Koha.CallsAsync("items_list"), await _run.Koha.CallsAsync("holds"), await _run.Koha.CallsAsync("biblio_items")));
        var seen = answer.Records.SelectMany(r => r.Items).Single(i => i.VendorItemId == Text(travelling.ItemId));
        Assert.NotEqual(ItemStatuses.InTransit, seen.Status); // the documented limit of /items: use the per-record read
        Assert.Equal(world.Items.Count(i => ids.Contains(i.BiblioId)), answer.Records.Sum(r => r.Items.Count));
    }

    [Fact]
    public async Task The_per_record_read_is_one_call_per_record_and_one_holds_call_and_names_unknown_records()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await PostAsync(host, [1]);
        await _run.Koha.ResetStatsAsync();

        var answer = await PostAsync(host, [.. Enumerable.Range(1, 20).Select(i => (long)i), 999_999]);

        Assert.Equal((21L, 1L, 0L), (await _run.Koha.CallsAsync("biblio_items"), await _run.Koha.CallsAsync("holds"), await _run.Koha.CallsAsync("items_list")));
        Assert.Equal(["999999"], answer.NotFound);
        Assert.Equal(20, answer.Records.Count);
        var stats = await _run.Koha.StatsAsync();
        Assert.Equal(0, stats.GetProperty("patronCalls").GetInt64());
        Assert.Equal(0, stats.GetProperty("patronEmbedRequests").GetInt64());
    }

    [Fact]
    public async Task Get_with_repeated_ids_answers_as_post()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var client = host.CreateClient();

        var answer = await client.GetFromJsonAsync<SystemAvailability>(new Uri($"{Route}?id=3&id=4&id=3", UriKind.Relative), Web);

        Assert.Equal(["3", "4"], answer!.Records.Select(r => r.VendorRecordId));
    }

    [Theory]
    [InlineData("/api/v1/adapters/nope/availability", """{"recordIds":["1"]}""", HttpStatusCode.NotFound, "not-found")]
    [InlineData("/api/v1/adapters/koha-off/availability", """{"recordIds":["1"]}""", HttpStatusCode.NotFound, "not-found")]
    [InlineData(Route, """{"recordIds":[]}""", HttpStatusCode.BadRequest, "invalid-request")]
    [InlineData(Route, """{"recordIds":["1","abc"]}""", HttpStatusCode.BadRequest, "invalid-request")]
    [InlineData(Route, """{"recordIds":["-4"]}""", HttpStatusCode.BadRequest, "invalid-request")]
    [InlineData(Route, """{"recordIds":""", HttpStatusCode.BadRequest, "invalid-request")]
    public async Task Bad_requests_are_problems_before_any_koha_call(string path, string body, HttpStatusCode status, string type)
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await _run.Koha.ResetStatsAsync();

        using var response = await host.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, status, type);
        Assert.Equal(0, (await _run.Koha.StatsAsync()).GetProperty("calls").EnumerateObject().Sum(c => c.Value.GetInt64()));
    }

    [Fact]
    public async Task More_ids_than_allowed_is_a_400_problem_that_says_the_limit()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret, new Dictionary<string, string?> { ["KohaAdapter:AvailabilityMaxIds"] = "10" });

        using var response = await host.CreateClient().PostAsJsonAsync(new Uri(Route, UriKind.Relative), new { recordIds = Enumerable.Range(1, 11).Select(Text) });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalid-request");
        Assert.Contains("1 to 10", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Koha_failing_with_5xx_is_a_502_problem_with_koha_s_answer()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await _run.Koha.SetFaultsAsync(new { errorRate = 1.0, routes = new[] { "biblios", "items" } });

        using var response = await host.CreateClient().PostAsJsonAsync(new Uri(Route, UriKind.Relative), new { recordIds = new[] { "1", "2" } });

        await _run.Koha.ClearFaultsAsync();
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadGateway, "upstream-failure");
        Assert.Contains("500", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_koha_500_on_the_items_route_is_not_retried_by_the_live_lookup_while_the_harvest_s_calls_still_are()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await PostAsync(host, [1]); // the token
        await _run.Koha.SetFaultsAsync(new { errorRate = 1.0, routes = new[] { "biblio_items" } });
        await _run.Koha.ResetStatsAsync();

        using var response = await host.CreateClient().PostAsJsonAsync(new Uri(Route, UriKind.Relative), new { recordIds = new[] { "2" } });
        var liveCalls = await _run.Koha.CallsAsync("biblio_items");
        var system = host.Services.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;
        var harvestFailure = await Assert.ThrowsAsync<KohaApiException>(() =>
            host.Services.GetRequiredService<KohaAvailabilityClient>().ListRecordItemsAsync(system, 2, CancellationToken.None));
        var harvestCalls = await _run.Koha.CallsAsync("biblio_items") - liveCalls;

        await _run.Koha.ClearFaultsAsync();
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadGateway, "upstream-failure");
        Assert.Contains("500", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, liveCalls); // one call, its failure answered at once
        Assert.Equal(HttpStatusCode.InternalServerError, harvestFailure.Status);
        Assert.Equal(4, harvestCalls); // the same client for the harvest: the standard handler's three retries
    }

    [Fact]
    public async Task Live_lookups_failing_do_not_open_the_circuit_the_harvest_s_calls_go_through()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var system = host.Services.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;
        var live = host.Services.GetRequiredKeyedService<KohaAvailabilityClient>(KohaApiClient.Live);
        await _run.Koha.SetFaultsAsync(new { errorRate = 1.0, routes = new[] { "biblio_items" } });

        // More failures than the standard breaker's minimum throughput (100 calls in 30 s, 10 % failing opens it).
        for (var i = 0; i < 120; i++)
        {
            await Assert.ThrowsAsync<KohaApiException>(() => live.ListRecordItemsAsync(system, 1 + (i % 50), CancellationToken.None));
        }

        var count = await host.Services.GetRequiredService<KohaApiClient>().CountBibliosAsync(system, CancellationToken.None);
        await _run.Koha.ClearFaultsAsync();

        Assert.Equal(400, count);
    }

    [Fact]
    public async Task Garbage_from_koha_is_a_502_problem_that_says_the_json_could_not_be_read()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await _run.Koha.SetFaultsAsync(new { malformedRate = 1.0, routes = new[] { "biblios" } });

        using var response = await host.CreateClient().PostAsJsonAsync(new Uri(Route, UriKind.Relative), new { recordIds = new[] { "1" } });

        await _run.Koha.ClearFaultsAsync();
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadGateway, "upstream-failure");
        Assert.Contains("could not be read", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Koha_hanging_past_the_deadline_is_a_504_problem()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret, new Dictionary<string, string?> { ["KohaAdapter:AvailabilityTimeout"] = "00:00:01" });
        await _run.Koha.SetFaultsAsync(new { timeoutRate = 1.0, routes = new[] { "biblios" } });

        using var response = await host.CreateClient().PostAsJsonAsync(new Uri(Route, UriKind.Relative), new { recordIds = new[] { "1" } });

        await _run.Koha.ClearFaultsAsync();
        var problem = await AssertProblemAsync(response, HttpStatusCode.GatewayTimeout, "upstream-timeout");
        Assert.Contains("within 1 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_that_has_given_up_costs_no_koha_call()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var system = host.Services.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;
        await _run.Koha.ResetStatsAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Services.GetRequiredService<KohaLiveAvailability>().LookupAsync(system, [1, 2, 3], new CancellationToken(canceled: true)));

        Assert.Equal(0, (await _run.Koha.StatsAsync()).GetProperty("calls").EnumerateObject().Sum(c => c.Value.GetInt64()));
    }

    [Fact]
    public async Task Concurrent_lookups_share_one_limit_of_calls_in_progress_to_a_system()
    {
        await using var host = await AdapterHost.StartAsync(_run.Simulator, _run.State, _run.Secret, new Dictionary<string, string?> { ["KohaAdapter:AvailabilityMaxCallsPerSystem"] = "3" });
        var system = host.Services.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;
        var live = host.Services.GetRequiredService<KohaLiveAvailability>();
        await live.LookupAsync(system, [1], TestContext.Current.CancellationToken); // the token
        await _run.Koha.SetFaultsAsync(new { latencyMs = 200 });
        await _run.Koha.ResetStatsAsync();

        // Two pages at once, 7 Koha calls each (6 records and the holds), 16 allowed a lookup: 14 at once without the limit.
        var answers = await Task.WhenAll(
            live.LookupAsync(system, [1, 2, 3, 4, 5, 6], TestContext.Current.CancellationToken),
            live.LookupAsync(system, [7, 8, 9, 10, 11, 12], TestContext.Current.CancellationToken));

        var stats = await _run.Koha.StatsAsync();
        await _run.Koha.ClearFaultsAsync();
        Assert.All(answers, a => Assert.Equal(6, a.Records.Count));
        Assert.Equal(14L, await _run.Koha.CallsAsync("biblio_items") + await _run.Koha.CallsAsync("holds"));
        Assert.InRange(stats.GetProperty("peakConcurrentCalls").GetInt64(), 2, 3);
    }

    private static bool Unrestricted(KohaItem i) => i.Withdrawn == 0 && i.LostStatus == 0 && i.CheckedOutDate is null;

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<(List<KohaItem> Items, Dictionary<long, KohaShelvedHold> Holds)> WorldAsync()
    {
        // The oracle reads every item with its transfer through /items (the simulator accepts the embed there).
        var items = await _run.Koha.KohaAsync<List<KohaItem>>("/api/v1/items?_per_page=-1", embed: "transfer");
        var holds = (await _run.Koha.KohaAsync<List<KohaShelvedHold>>("/api/v1/holds?_per_page=-1"))
            .Where(h => h.ItemId is not null && h.Status is "W" or "T").ToDictionary(h => h.ItemId!.Value);
        return (items, holds);
    }

    private static async Task<SystemAvailability> PostAsync(AdapterHost host, IEnumerable<long> ids)
    {
        using var response = await host.CreateClient().PostAsJsonAsync(new Uri(Route, UriKind.Relative), new { recordIds = ids.Select(Text) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SystemAvailability>(Web))!;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal($"https://nhs-library-hub.example/problems/{type}", problem.GetProperty("type").GetString());
        return problem;
    }
}
