using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.Messages;

namespace Gateway.Catalogue.Tests;

public sealed class IngestConsumerTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Same_change_twice_leaves_one_record_in_the_same_state(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        var message = Changed("42", T0);

        await catalogue.PublishAndConsumeAsync(message);
        var first = await catalogue.QueryAsync(db => db.SourceRecords.AsNoTracking().SingleAsync());
        await catalogue.PublishAndConsumeAsync(message);
        var second = await catalogue.QueryAsync(db => db.SourceRecords.AsNoTracking().SingleAsync());

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Title, second.Title);
        Assert.Equal(first.SourceTimestamp, second.SourceTimestamp);
        Assert.Equal(first.DescriptionJson, second.DescriptionJson);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Older_change_arriving_late_is_ignored(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("42", T0.AddMinutes(5), "Newer title"));
        await catalogue.PublishAndConsumeAsync(Changed("42", T0, "Older title"));

        var record = await catalogue.QueryAsync(db => db.SourceRecords.SingleAsync());
        Assert.Equal("Newer title", record.Title);
        Assert.Equal(T0.AddMinutes(5).UtcDateTime, record.SourceTimestamp);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Deletion_keeps_a_tombstone_that_an_older_change_cannot_undo(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("7", T0));
        await catalogue.PublishAndConsumeAsync(Deleted("7", T0.AddMinutes(1)));
        await catalogue.PublishAndConsumeAsync(Changed("7", T0.AddSeconds(30), "Late replay"));

        var record = await catalogue.QueryAsync(db => db.SourceRecords.SingleAsync());
        Assert.True(record.IsDeleted);
        Assert.NotEqual("Late replay", record.Title);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_change_newer_than_the_deletion_brings_the_record_back(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Deleted("7", T0));
        await catalogue.PublishAndConsumeAsync(Changed("7", T0.AddMinutes(1), "Restored"));

        var record = await catalogue.QueryAsync(db => db.SourceRecords.SingleAsync());
        Assert.False(record.IsDeleted);
        Assert.Equal("Restored", record.Title);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Watermark_rises_with_ingest_and_never_falls(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("9", T0.AddMinutes(2)));
        await catalogue.PublishAndConsumeAsync(Changed("10", T0.AddMinutes(2)));
        await catalogue.PublishAndConsumeAsync(Changed("3", T0));

        var client = catalogue.Harness.GetRequestClient<GetIngestWatermark>();
        var response = await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = "koha-east", Stream = "records" });

        Assert.Equal(T0.AddMinutes(2), response.Message.StoredUpTo);
        Assert.Equal("10", response.Message.StoredUpToRecordId); // numeric order: 10 after 9
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Watermark_of_a_system_with_nothing_stored_is_empty(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        var client = catalogue.Harness.GetRequestClient<GetIngestWatermark>();
        var response = await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = "koha-london", Stream = "records" });

        Assert.Null(response.Message.StoredUpTo);
        Assert.Null(response.Message.StoredUpToRecordId);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Records_of_different_systems_with_the_same_vendor_id_are_kept_apart(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("1", T0, "East", "koha-east"));
        await catalogue.PublishAndConsumeAsync(Changed("1", T0, "London", "koha-london"));

        var titles = await catalogue.QueryAsync(db => db.SourceRecords.OrderBy(r => r.SystemId).Select(r => r.Title).ToListAsync());
        Assert.Equal(["East", "London"], titles);
    }
}
