using Gateway.Catalogue.Storage;
using IngestWatermark = Gateway.Contracts.IngestWatermark;
using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.Messages;

namespace Gateway.Catalogue.Tests;

/// <summary>A page of changed records (<see cref="BibliographicRecordsChanged"/>) is applied as its records one by one would be.</summary>
public sealed class PageIngestTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_page_stores_every_record_clusters_them_and_raises_the_watermark_to_its_last(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Page(Changed("7", T0, "Clinical medicine"), Changed("9", T0, "Clinical medicine"), Changed("8", T0.AddSeconds(1), "Clinical medicine.")));

        var records = await catalogue.QueryAsync(db => db.SourceRecords.OrderBy(r => r.VendorRecordId).Select(r => r.VendorRecordId + "=" + r.Title).ToListAsync());
        Assert.Equal(["7=Clinical medicine", "8=Clinical medicine.", "9=Clinical medicine"], records);
        var clusters = await catalogue.QueryAsync(db => db.ClusterMemberships.GroupBy(m => m.ClusterId).Select(g => g.Count()).OrderBy(c => c).ToListAsync());
        Assert.Equal([3], clusters); // one ISBN joins all three: the page's records see each other while it is applied

        var client = catalogue.Harness.GetRequestClient<GetIngestWatermark>();
        var mark = (await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = "koha-east", Stream = "records" })).Message;
        Assert.Equal(T0.AddSeconds(1), mark.StoredUpTo);
        Assert.Equal("8", mark.StoredUpToRecordId);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_change_in_a_page_older_than_what_is_held_is_ignored_and_the_rest_stored(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("1", T0.AddMinutes(5), "Newer"));
        await catalogue.PublishAndConsumeAsync(Page(Changed("1", T0, "Older"), Changed("2", T0, "Other")));

        var titles = await catalogue.QueryAsync(db => db.SourceRecords.OrderBy(r => r.VendorRecordId).Select(r => r.Title).ToListAsync());
        Assert.Equal(["Newer", "Other"], titles);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task One_record_that_cannot_be_stored_is_kept_aside_with_its_reason_and_never_stops_its_page(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        var broken = Changed("2", T0) with { Description = null! }; // what a faulty adapter could send
        await catalogue.PublishAndConsumeAsync(Page(Changed("1", T0), broken, Changed("3", T0)));

        var stored = await catalogue.QueryAsync(db => db.SourceRecords.OrderBy(r => r.VendorRecordId).Select(r => r.VendorRecordId).ToListAsync());
        Assert.Equal(["1", "3"], stored);
        var problem = await catalogue.QueryAsync(db => db.IngestProblems.AsNoTracking().SingleAsync());
        Assert.Equal(("koha-east:2", IngestProblemKinds.IngestFailed), (problem.SourceId, problem.Kind));
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.Equal(broken.CorrelationId, problem.CorrelationId);

        // A later, good version of the record is stored and ends the problem.
        await catalogue.PublishAndConsumeAsync(Page(Changed("2", T0.AddMinutes(1), "Repaired")));
        Assert.Equal("Repaired", await catalogue.QueryAsync(db => db.SourceRecords.Where(r => r.VendorRecordId == "2").Select(r => r.Title).SingleAsync()));
        Assert.Empty(await catalogue.QueryAsync(db => db.IngestProblems.ToListAsync()));
    }

    [Fact]
    public async Task A_page_that_mixes_systems_is_refused_whole_with_its_reason()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        var consumed = await catalogue.PublishAndWaitAsync(Page(Changed("1", T0), Changed("2", T0, system: "koha-london")));

        Assert.NotNull(consumed.Exception);
        Assert.Contains("koha-london", consumed.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(await catalogue.QueryAsync(db => db.SourceRecords.ToListAsync()));
    }

    private static BibliographicRecordsChanged Page(params BibliographicRecordChanged[] records) =>
        new() { SystemId = records[0].SystemId, CorrelationId = NewId.NextGuid(), Records = records };
}
