using Gateway.Testing;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// Deletions over real HTTP against the simulator: items deleted in Koha (seen through OAI-PMH datestamps, which move
/// for item changes and deleted items when the format includes items) and records deleted, published once whether
/// the REST route or OAI-PMH saw them first.
/// </summary>
public sealed class DeletionsAgainstSimulatorTests : IAsyncLifetime
{
    private SimulatorRun _run = null!;

    public ValueTask InitializeAsync()
    {
        _run = SimulatorRun.Start(80, "koha-deletions", new Dictionary<string, string> { ["KohaSimulator:OaiPmh:IncludeItems"] = "true" });
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task An_item_deleted_in_koha_is_published_as_removed_once_and_the_other_items_are_not()
    {
        await using var rig = await StartAsync();
        await rig.HarvestAllItemsAsync();
        var start = await rig.Oai.ResolveStartAsync(rig.System, CancellationToken.None);
        var item = await DeletableItemAsync();

        Assert.Equal(HttpStatusCode.NoContent, await _run.Koha.DeleteItemAsync(item.ItemId));
        var next = await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);
        await rig.Oai.HarvestAsync(rig.System, next, CancellationToken.None); // the overlapping second again

        var removed = rig.Harness.PublishedSoFar<HoldingsRemoved>().Select(m => m.Context.Message).ToList();
        var message = Assert.Single(removed);
        Assert.Equal(Text(item.BiblioId), message.VendorRecordId);
        Assert.Equal([Text(item.ItemId)], message.VendorItemIds);
        Assert.True(message.SourceTimestamp >= item.Timestamp);
        Assert.Equal(0, (await _run.Koha.StatsAsync()).GetProperty("patronCalls").GetInt64());
    }

    [Fact]
    public async Task A_removed_item_is_forgotten_so_reading_all_items_again_publishes_nothing_for_it()
    {
        await using var rig = await StartAsync();
        await rig.HarvestAllItemsAsync();
        var start = await rig.Oai.ResolveStartAsync(rig.System, CancellationToken.None);
        var item = await DeletableItemAsync();
        Assert.Equal(HttpStatusCode.NoContent, await _run.Koha.DeleteItemAsync(item.ItemId));
        await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);
        var before = PublishedItemChanges.Holdings(rig.Harness).Count;

        await rig.HarvestAllItemsAsync(start: null);

        Assert.Equal(before, PublishedItemChanges.Holdings(rig.Harness).Count);
        Assert.DoesNotContain(PublishedItemChanges.Holdings(rig.Harness).Skip(before), m => m.Items.Any(i => i.VendorItemId == Text(item.ItemId)));
    }

    [Fact]
    public async Task Koha_refuses_to_delete_an_item_on_loan_and_nothing_is_published()
    {
        await using var rig = await StartAsync();
        await rig.HarvestAllItemsAsync();
        var start = await rig.Oai.ResolveStartAsync(rig.System, CancellationToken.None);
        var onLoan = (await _run.Koha.KohaAsync<List<KohaItem>>("/api/v1/items?_per_page=-1")).First(i => i.CheckedOutDate is not null);

        Assert.Equal(HttpStatusCode.Conflict, await _run.Koha.DeleteItemAsync(onLoan.ItemId));
        await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);

        Assert.Empty(rig.Harness.PublishedSoFar<HoldingsRemoved>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_deleted_record_is_published_once_whichever_path_sees_it_first(bool oaiFirst)
    {
        await using var rig = await StartAsync();
        var start = await rig.Oai.ResolveStartAsync(rig.System, CancellationToken.None);
        var deleted = await DeleteSomeRecordsAsync();

        if (oaiFirst)
        {
            await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);
        }

        await HarvestAllDeletionsAsync(rig);
        await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);

        var published = rig.Harness.PublishedSoFar<BibliographicRecordDeleted>().Select(m => m.Context.Message.VendorRecordId).ToList();
        Assert.Equal(deleted.Order(), published.Order());
    }

    [Fact]
    public async Task Oai_pmh_alone_brings_every_deletion_when_the_rest_route_is_not_used()
    {
        await using var rig = await StartAsync();
        var start = await rig.Oai.ResolveStartAsync(rig.System, CancellationToken.None);
        var deleted = await DeleteSomeRecordsAsync();

        await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);

        var published = rig.Harness.PublishedSoFar<BibliographicRecordDeleted>().Select(m => m.Context.Message).ToList();
        Assert.Equal(deleted.Order(), published.Select(m => m.VendorRecordId).Order());
        Assert.All(published, m => Assert.Equal("koha-east", m.SystemId));
    }

    [Fact]
    public async Task After_a_restart_item_removals_the_catalogue_never_stored_are_published_again()
    {
        var item = await DeletableItemAsync();
        await using (var rig = await StartAsync())
        {
            await rig.HarvestAllItemsAsync();
            var start = await rig.Oai.ResolveStartAsync(rig.System, CancellationToken.None);
            Assert.Equal(HttpStatusCode.NoContent, await _run.Koha.DeleteItemAsync(item.ItemId));
            await rig.Oai.HarvestAsync(rig.System, start, CancellationToken.None);
            Assert.Single(rig.Harness.PublishedSoFar<HoldingsRemoved>());
        }

        // The catalogue answers that it stored no removal (the in-memory bus lost it).
        await using var restarted = await StartAsync(bus => bus.AddConsumer<NothingStoredConsumer>());
        await restarted.Oai.ResolveStartAsync(restarted.System, CancellationToken.None);

        var again = Assert.Single(restarted.Harness.PublishedSoFar<HoldingsRemoved>()).Context.Message;
        Assert.Equal([Text(item.ItemId)], again.VendorItemIds);
    }

    private Task<AdapterRig> StartAsync(Action<IBusRegistrationConfigurator>? bus = null) =>
        AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, settings: new Dictionary<string, string?>
        {
            ["KohaAdapter:OaiPmh:koha-east:MetadataPrefix"] = "marcxml",
            ["KohaAdapter:WatermarkTimeout"] = "00:00:10", // the restart test's catalogue must answer, even on a loaded machine
        }, bus: bus);

    private async Task<KohaItem> DeletableItemAsync()
    {
        var holds = (await _run.Koha.KohaAsync<List<KohaShelvedHold>>("/api/v1/holds?_per_page=-1")).Where(h => h.ItemId is not null).Select(h => h.ItemId!.Value).ToHashSet();
        return (await _run.Koha.KohaAsync<List<KohaItem>>("/api/v1/items?_per_page=-1")).First(i => i.CheckedOutDate is null && !holds.Contains(i.ItemId));
    }

    /// <summary>Advances the simulator until records were deleted; returns their ids.</summary>
    private async Task<List<string>> DeleteSomeRecordsAsync()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var advance = await _run.Simulator.CreateClient().PostAsync(new Uri("/_sim/advance?ticks=1&changes=20", UriKind.Relative), null);
            var deleted = (await advance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").EnumerateArray()
                .Where(c => c.GetProperty("kind").GetString() == "BiblioDeleted")
                .Select(c => c.GetProperty("biblioId").GetInt32().ToString(CultureInfo.InvariantCulture)).Distinct().ToList();
            if (deleted.Count > 0)
            {
                return deleted;
            }
        }

        throw new InvalidOperationException("the simulator deleted no record in ten ticks");
    }

    private static async Task HarvestAllDeletionsAsync(AdapterRig rig)
    {
        HarvestPosition? position = null;
        while (true)
        {
            (position, var read) = await rig.Harvester.HarvestDeletionsAsync(rig.System, position, CancellationToken.None);
            if (read == 0)
            {
                return;
            }
        }
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A catalogue that has stored nothing yet.</summary>
    private sealed class NothingStoredConsumer : IConsumer<GetIngestWatermark>
    {
        public Task Consume(ConsumeContext<GetIngestWatermark> context) =>
            context.RespondAsync(new IngestWatermark { SystemId = context.Message.SystemId, Stream = context.Message.Stream });
    }
}
