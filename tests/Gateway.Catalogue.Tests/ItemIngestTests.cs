using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.Messages;

namespace Gateway.Catalogue.Tests;

public sealed class ItemIngestTests
{
    private static HoldingsChanged Holding(string itemId, string library, DateTimeOffset at, string record = "42") => new()
    {
        SystemId = "koha-east",
        VendorRecordId = record,
        SourceTimestamp = at,
        CorrelationId = Guid.NewGuid(),
        Items = [new HoldingItem { VendorItemId = itemId, LibraryCode = library, CallNumber = "WB 100", SourceTimestamp = at }],
    };

    private static ItemAvailabilityChanged Availability(string itemId, string status, DateTimeOffset at, DateTimeOffset? due = null) => new()
    {
        SystemId = "koha-east",
        VendorRecordId = "42",
        VendorItemId = itemId,
        LibraryCode = "ADD",
        Status = status,
        DueDate = due,
        SourceTimestamp = at,
        CorrelationId = Guid.NewGuid(),
    };

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Holding_and_status_of_an_item_are_stored_together(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Holding("9", "ADD", T0));
        await catalogue.PublishAndConsumeAsync(Availability("9", ItemStatuses.OnLoan, T0.AddMinutes(1), T0.AddDays(14)));

        var item = await catalogue.QueryAsync(db => db.SourceItems.SingleAsync());
        Assert.Equal(("ADD", "WB 100", ItemStatuses.OnLoan), (item.LibraryCode, item.CallNumber, item.Status));
        Assert.Equal(T0.AddDays(14).UtcDateTime, item.DueDate);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Status_arriving_before_its_holding_is_kept(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Availability("9", ItemStatuses.Available, T0));
        await catalogue.PublishAndConsumeAsync(Holding("9", "NNUH", T0));

        var item = await catalogue.QueryAsync(db => db.SourceItems.SingleAsync());
        Assert.Equal(("NNUH", ItemStatuses.Available), (item.LibraryCode, item.Status));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Older_status_is_ignored_and_a_replay_changes_nothing(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        var returned = Availability("9", ItemStatuses.Available, T0.AddHours(2));
        await catalogue.PublishAndConsumeAsync(returned);
        await catalogue.PublishAndConsumeAsync(Availability("9", ItemStatuses.OnLoan, T0.AddHours(1), T0.AddDays(7)));
        await catalogue.PublishAndConsumeAsync(returned);

        var item = await catalogue.QueryAsync(db => db.SourceItems.SingleAsync());
        Assert.Equal(ItemStatuses.Available, item.Status);
        Assert.Null(item.DueDate);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Items_watermark_follows_the_newest_item_stored(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Holding("5", "ADD", T0));
        await catalogue.PublishAndConsumeAsync(Availability("5", ItemStatuses.Available, T0));
        await catalogue.PublishAndConsumeAsync(Holding("6", "ADD", T0.AddSeconds(1)));

        var client = catalogue.Harness.GetRequestClient<GetIngestWatermark>();
        var mark = await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = "koha-east", Stream = "items" });
        Assert.Equal((T0.AddSeconds(1), "6"), (mark.Message.StoredUpTo!.Value, mark.Message.StoredUpToRecordId));
    }

    private static HoldingsRemoved Removed(DateTimeOffset at, params string[] itemIds) => new()
    {
        SystemId = "koha-east",
        VendorRecordId = "42",
        VendorItemIds = itemIds,
        SourceTimestamp = at,
        CorrelationId = Guid.NewGuid(),
    };

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Removed_items_are_gone_and_the_others_stay(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Holding("9", "ADD", T0));
        await catalogue.PublishAndConsumeAsync(Availability("9", ItemStatuses.Available, T0));
        await catalogue.PublishAndConsumeAsync(Holding("10", "ADD", T0));

        await catalogue.PublishAndConsumeAsync(Removed(T0.AddMinutes(5), "9"));

        Assert.Equal(["10"], await catalogue.QueryAsync(db => db.SourceItems.Select(i => i.VendorItemId).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Removing_twice_or_an_unknown_item_changes_nothing_more(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Holding("9", "ADD", T0));
        await catalogue.PublishAndConsumeAsync(Holding("10", "ADD", T0));
        var removal = Removed(T0.AddMinutes(5), "9", "404");

        await catalogue.PublishAndConsumeAsync(removal);
        await catalogue.PublishAndConsumeAsync(removal);

        Assert.Equal(["10"], await catalogue.QueryAsync(db => db.SourceItems.Select(i => i.VendorItemId).ToListAsync()));
        var client = catalogue.Harness.GetRequestClient<GetIngestWatermark>();
        var mark = await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = "koha-east", Stream = "item-removals" });
        Assert.Equal((T0.AddMinutes(5), "42"), (mark.Message.StoredUpTo!.Value, mark.Message.StoredUpToRecordId));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_item_changed_after_the_removal_time_is_kept(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Holding("9", "ADD", T0));
        await catalogue.PublishAndConsumeAsync(Availability("9", ItemStatuses.OnLoan, T0.AddHours(1), T0.AddDays(7)));

        await catalogue.PublishAndConsumeAsync(Removed(T0.AddMinutes(30), "9")); // older than the stored status: a late replay

        Assert.Equal(ItemStatuses.OnLoan, (await catalogue.QueryAsync(db => db.SourceItems.SingleAsync())).Status);
    }
}
