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
}
