using Gateway.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Marc;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>The adapter over real HTTP against the Koha simulator: full load, restart, faults.</summary>
public sealed class HarvestAgainstSimulatorTests : IAsyncLifetime
{
    private const int Records = 150;
    private SimulatorRun _run = null!;

    public ValueTask InitializeAsync()
    {
        _run = SimulatorRun.Start(Records, "koha-adapter");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task Full_load_incremental_run_and_availability_lookups_publish_every_record_once_and_never_touch_patron_routes()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var pages = await rig.HarvestAllRecordsAsync();

        var published = rig.PublishedChanges();
        Assert.Equal(Records, published.Count);
        Assert.Equal(Records, published.Select(m => m.VendorRecordId).Distinct().Count());
        Assert.Equal((Records + 39) / 40, pages);
        Assert.All(published, m => Assert.False(string.IsNullOrWhiteSpace(m.Description.Title)));
        Assert.All(published, m => Assert.DoesNotContain("tag='952'", m.MarcXml, StringComparison.Ordinal));
        Assert.All(published, m => Assert.DoesNotContain(MarcXmlReader.ParseRecord(m.MarcXml!).Fields, f => f.Tag is "952" or "999"));

        // An incremental run after changes, then live availability for every record.
        var records = await rig.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default);
        var items = await rig.HarvestAllItemsAsync();
        using (var advance = await _run.Simulator.CreateClient().PostAsync(new Uri("/_sim/advance?ticks=2&changes=20", UriKind.Relative), null))
        {
            advance.EnsureSuccessStatusCode();
        }

        await rig.HarvestAllRecordsAsync(records);
        await rig.HarvestAllItemsAsync(items);
        Assert.True(rig.PublishedChanges().Count > Records, "the incremental run published nothing");
        foreach (var batch in Enumerable.Range(1, Records).Select(i => (long)i).Chunk(50))
        {
            var answer = await rig.Availability.LookupAsync(rig.System, batch, CancellationToken.None);
            Assert.NotEmpty(answer.Records);
        }

        var stats = await StatsAsync();
        Assert.Equal(0, stats.GetProperty("patronCalls").GetInt64());
        Assert.Equal(0, stats.GetProperty("patronEmbedRequests").GetInt64());
        Assert.True(stats.GetProperty("calls").GetProperty("biblio_items").GetInt64() >= Records, stats.ToString());
    }

    [Fact]
    public async Task Restart_resumes_after_the_checkpoint_without_gaps_or_repeats()
    {
        List<string> first;
        await using (var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret))
        {
            await rig.Harvester.HarvestRecordsAsync(rig.System, null, CancellationToken.None);
            await rig.Harvester.HarvestRecordsAsync(rig.System, (await rig.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default)), CancellationToken.None);
            first = [.. rig.PublishedChanges().Select(m => m.VendorRecordId)];
        }

        await using var restarted = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var resume = await restarted.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default);
        Assert.NotNull(resume); // no catalogue answers here: the own checkpoint is used
        await restarted.HarvestAllRecordsAsync(resume);
        var rest = restarted.PublishedChanges().Select(m => m.VendorRecordId).ToList();

        Assert.Equal(80, first.Count);
        Assert.Empty(first.Intersect(rest));
        Assert.Equal(Records, first.Count + rest.Count);
    }

    [Fact]
    public async Task Vendor_error_fails_the_page_and_leaves_the_checkpoint_where_it_was()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await rig.Harvester.HarvestRecordsAsync(rig.System, null, CancellationToken.None);
        var before = await rig.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default);

        await SetFaultsAsync(new { errorRate = 1.0 });
        var error = await Assert.ThrowsAsync<KohaApiException>(() => rig.Harvester.HarvestRecordsAsync(rig.System, before, CancellationToken.None));
        await ClearFaultsAsync();

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.Status);
        Assert.Contains("koha-east", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await rig.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default));
        Assert.Equal(40, rig.PublishedChanges().Count);
    }

    [Fact]
    public async Task Truncated_page_body_is_completed_by_single_fetches()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, uri =>
            uri.Query.Contains("%22-in%22", StringComparison.Ordinal) ? 0.5 : null);

        await rig.HarvestAllRecordsAsync();

        Assert.Equal(Records, rig.PublishedChanges().Select(m => m.VendorRecordId).Distinct().Count());
        Assert.Empty(await rig.SkippedAsync());
    }

    [Fact]
    public async Task Unreadable_record_is_skipped_with_its_reason_and_the_page_goes_on()
    {
        const long badId = 7;
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, uri =>
            uri.Query.Contains("%22-in%22", StringComparison.Ordinal) || uri.AbsolutePath.EndsWith($"/biblios/{badId}", StringComparison.Ordinal)
                ? 0.01
                : null);

        await rig.HarvestAllRecordsAsync();

        var published = rig.PublishedChanges().Select(m => long.Parse(m.VendorRecordId, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Records - 1, published.Count);
        Assert.DoesNotContain(badId, published);
        var skipped = Assert.Single(await rig.SkippedAsync());
        Assert.Equal(badId.ToString(System.Globalization.CultureInfo.InvariantCulture), skipped.VendorRecordId);
        Assert.Contains("MARCXML could not be read", skipped.Reason, StringComparison.Ordinal);
        var page = Assert.Single(rig.PublishedPages(), p => p.Records.Count == 39); // its page went out without it
        Assert.Contains(page.Records, r => r.VendorRecordId == (badId + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_page_whose_every_record_is_skipped_publishes_nothing_and_keeps_every_reason()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, uri =>
            uri.Query.Contains("%22-in%22", StringComparison.Ordinal) || (uri.AbsolutePath.Contains("/biblios/", StringComparison.Ordinal) && char.IsDigit(uri.AbsolutePath[^1]))
                ? 0.01
                : null);

        var (position, read) = await rig.Harvester.HarvestRecordsAsync(rig.System, null, CancellationToken.None);

        Assert.Equal(40, read);
        Assert.Empty(rig.PublishedPages()); // a page is never empty (the contract): nothing to publish
        Assert.Empty(rig.PublishedChanges());
        Assert.Equal(40, (await rig.SkippedAsync()).Count);
        Assert.Equal(position, await rig.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default));
    }

    [Fact]
    public async Task Revoked_token_mid_harvest_is_replaced_and_the_harvest_goes_on()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var (position, _) = await rig.Harvester.HarvestRecordsAsync(rig.System, null, CancellationToken.None);
        var tokensBefore = (await StatsAsync()).GetProperty("tokensIssued").GetInt64();

        using (var revoke = await _run.Simulator.CreateClient().PostAsync(new Uri("/_sim/tokens/revoke", UriKind.Relative), null))
        {
            revoke.EnsureSuccessStatusCode();
        }

        await rig.HarvestAllRecordsAsync(position);
        Assert.Equal(Records, rig.PublishedChanges().Count);
        Assert.Equal(tokensBefore + 1, (await StatsAsync()).GetProperty("tokensIssued").GetInt64());
    }

    [Fact]
    public async Task Deletions_are_published_from_the_deleted_biblios_route()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        using var advance = await _run.Simulator.CreateClient().PostAsync(new Uri("/_sim/advance?ticks=3&changes=10", UriKind.Relative), null);
        var changes = await advance.Content.ReadFromJsonAsync<JsonElement>();
        var deleted = changes.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "BiblioDeleted")
            .Select(c => c.GetProperty("biblioId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();
        Assert.NotEmpty(deleted);

        var (_, read) = await rig.Harvester.HarvestDeletionsAsync(rig.System, null, CancellationToken.None);

        var published = rig.Harness.PublishedSoFar<Contracts.BibliographicRecordDeleted>().Select(m => m.Context.Message.VendorRecordId).ToHashSet();
        Assert.Equal(deleted.Count, read);
        Assert.Equal(deleted, published);
    }

    [Fact]
    public async Task Rate_limited_and_dropped_answers_lose_nothing_and_publish_nothing_twice()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await SetFaultsAsync(new { status429Rate = 0.3, retryAfterSeconds = 1, connectionDropRate = 0.1, routes = new[] { "biblios" } });

        HarvestPosition? position = null;
        var failures = 0;
        for (var pass = 0; pass < 60; pass++)
        {
            try
            {
                (position, var read) = await rig.Harvester.HarvestRecordsAsync(rig.System, position, CancellationToken.None);
                if (read == 0)
                {
                    break;
                }
            }
            catch (Exception e) when (e is KohaApiException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
            {
                failures++; // the worker backs off and reads the same page again from the same position
            }
        }

        await ClearFaultsAsync();
        var ids = rig.PublishedChanges().Select(m => m.VendorRecordId).ToList();
        Assert.Equal(Records, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var injected = (await StatsAsync()).GetProperty("faultsInjected");
        Assert.True(injected.EnumerateObject().Sum(f => f.Value.GetInt64()) > 0, $"no fault was injected: {injected}");
    }

    [Fact]
    public async Task Connection_dropped_mid_body_fails_the_page_as_a_request_error_and_leaves_the_checkpoint()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        var (before, _) = await rig.Harvester.HarvestRecordsAsync(rig.System, null, CancellationToken.None);

        await SetFaultsAsync(new { connectionDropRate = 1.0, routes = new[] { "biblios" } });
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => rig.Harvester.HarvestRecordsAsync(rig.System, before, CancellationToken.None));
        await ClearFaultsAsync();

        Assert.Contains("koha-east", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await rig.Starts.ResolveAsync("koha-east", HarvestStreams.Records, default));
        Assert.Equal(40, rig.PublishedChanges().Count);
    }

    [Fact]
    public async Task Tokens_expiring_mid_harvest_are_renewed_without_losing_a_page()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret);
        await SetFaultsAsync(new { expireTokensAfterRequests = 3 });

        await rig.HarvestAllRecordsAsync();
        await rig.HarvestAllItemsAsync();
        await ClearFaultsAsync();

        Assert.Equal(Records, rig.PublishedChanges().Select(m => m.VendorRecordId).Distinct().Count());
        var stats = await StatsAsync();
        Assert.True(stats.GetProperty("tokensIssued").GetInt64() > 2, stats.ToString());
        Assert.Equal(0, stats.GetProperty("patronCalls").GetInt64());
        Assert.Equal(0, stats.GetProperty("patronEmbedRequests").GetInt64());
    }

    private async Task<JsonElement> StatsAsync() =>
        await _run.Simulator.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/_sim/stats", UriKind.Relative));

    private async Task SetFaultsAsync(object faults)
    {
        using var response = await _run.Simulator.CreateClient().PostAsJsonAsync(new Uri("/_sim/faults", UriKind.Relative), faults);
        response.EnsureSuccessStatusCode();
    }

    private async Task ClearFaultsAsync()
    {
        using var response = await _run.Simulator.CreateClient().DeleteAsync(new Uri("/_sim/faults", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }
}
