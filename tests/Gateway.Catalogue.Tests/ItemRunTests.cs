using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.Messages;

namespace Gateway.Catalogue.Tests;

/// <summary>What a run of item changes (<c>ItemsChanged</c>, decision 0036) does when part of it cannot be applied.</summary>
public sealed class ItemRunTests
{
    [Fact]
    public async Task A_run_that_mixes_systems_is_refused_whole_with_its_reason()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        var consumed = await catalogue.PublishAndWaitAsync(Run(Holding("east-1", "koha-east"), Holding("london-1", "koha-london")));

        Assert.NotNull(consumed.Exception);
        Assert.Contains("koha-london", consumed.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(await catalogue.QueryAsync(db => db.SourceItems.ToListAsync()));
    }

    [Fact]
    public async Task A_run_that_fails_is_applied_change_by_change_and_fails_at_the_change_that_cannot_be_applied()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        var both = Holding("3", "koha-east") with
        {
            Availability = new ItemAvailabilityChanged
            {
                SystemId = "koha-east",
                VendorRecordId = "7",
                VendorItemId = "3",
                LibraryCode = "ADD",
                Status = ItemStatuses.Available,
                SourceTimestamp = T0,
                CorrelationId = NewId.NextGuid(),
            },
        };
        var consumed = await catalogue.PublishAndWaitAsync(Run(Holding("1", "koha-east"), both, Holding("2", "koha-east")));

        // The run's transaction is rolled back; applied alone, the change before the entry holding both is stored, as its own
        // message would have been, and the message fails there (to be retried, then kept in the error queue).
        Assert.NotNull(consumed.Exception);
        Assert.Contains("exactly one", consumed.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(["1"], await catalogue.QueryAsync(db => db.SourceItems.Select(i => i.VendorItemId).ToListAsync()));
    }

    [Fact]
    public async Task A_run_stores_each_change_and_raises_the_items_watermark_to_its_last()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        var status = new ItemAvailabilityChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "7",
            VendorItemId = "1",
            LibraryCode = "ADD",
            Status = ItemStatuses.OnLoan,
            SourceTimestamp = T0.AddMinutes(5),
            CorrelationId = NewId.NextGuid(),
        };
        await catalogue.PublishAndConsumeAsync(Run(Holding("1", "koha-east"), Holding("2", "koha-east"), new ItemChange { Availability = status }));

        var items = await catalogue.QueryAsync(db => db.SourceItems.OrderBy(i => i.VendorItemId).ToListAsync());
        Assert.Equal(["1", "2"], items.Select(i => i.VendorItemId));
        Assert.Equal(ItemStatuses.OnLoan, items[0].Status);
        var mark = await catalogue.QueryAsync(db => db.IngestWatermarks.SingleAsync(m => m.Stream == "items"));
        Assert.Equal(("1", T0.AddMinutes(5).UtcDateTime), (mark.RecordId, mark.StoredUpTo));
    }

    private static ItemChange Holding(string itemId, string system) => new()
    {
        Holdings = new HoldingsChanged
        {
            SystemId = system,
            VendorRecordId = "7",
            SourceTimestamp = T0,
            CorrelationId = NewId.NextGuid(),
            Items = [new HoldingItem { VendorItemId = itemId, LibraryCode = "ADD", SourceTimestamp = T0 }],
        },
    };

    private static ItemsChanged Run(params ItemChange[] changes) => new()
    {
        SystemId = changes[0].Holdings?.SystemId ?? changes[0].Availability!.SystemId,
        CorrelationId = NewId.NextGuid(),
        Changes = changes,
    };
}
