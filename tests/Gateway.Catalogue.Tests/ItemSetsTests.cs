using Gateway.Catalogue.Oai;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.OaiRecords;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// Item events keep a consolidated record's OAI library sets exact and bump its datestamp for every real change, whatever
/// the unit of work holds unsaved (decision 0035).
/// </summary>
public sealed class ItemSetsTests
{
    private static async Task<string> ClusterOfAsync(CatalogueHarness catalogue, string sourceId) =>
        await catalogue.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == sourceId).Select(m => m.ClusterId).SingleAsync());

    private static Task<List<string>> LibrarySetsAsync(CatalogueHarness catalogue, string clusterId) =>
        catalogue.QueryAsync(db => db.ClusterSets
            .Where(e => e.ClusterId == clusterId && e.SetSpec.StartsWith(OaiSets.LibraryParent + ":"))
            .Select(e => e.SetSpec).OrderBy(s => s).ToListAsync());

    private static Task<List<string>> AllSetsAsync(CatalogueHarness catalogue, string clusterId) =>
        catalogue.QueryAsync(db => db.ClusterSets.Where(e => e.ClusterId == clusterId).Select(e => e.SetSpec).OrderBy(s => s).ToListAsync());

    private static Task<int> VersionsAsync(CatalogueHarness catalogue, string clusterId) =>
        catalogue.QueryAsync(db => db.ClusterVersions.CountAsync(v => v.ClusterId == clusterId));

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_item_moving_record_and_library_in_one_message_leaves_both_records_sets_exact(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "2", Isbn(2)));
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(1), ("i1", "ADD"), ("i2", "NNUH")));
        var one = await ClusterOfAsync(catalogue, "koha-east:1");
        var two = await ClusterOfAsync(catalogue, "koha-east:2");
        Assert.Equal([OaiSets.Library("koha-east", "ADD"), OaiSets.Library("koha-east", "NNUH")], await LibrarySetsAsync(catalogue, one));
        var versionsOfOne = await VersionsAsync(catalogue, one);

        // i1 leaves record 1 (and ADD) for record 2 at BARTS; i3 is new at ADD on record 2: record 1 keeps NNUH only.
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "2", T0.AddMinutes(2), ("i1", "BARTS"), ("i3", "ADD")));

        Assert.Equal([OaiSets.Library("koha-east", "NNUH")], await LibrarySetsAsync(catalogue, one));
        Assert.Equal([OaiSets.Library("koha-east", "ADD"), OaiSets.Library("koha-east", "BARTS")], await LibrarySetsAsync(catalogue, two));
        Assert.Equal(versionsOfOne + 1, await VersionsAsync(catalogue, one)); // the record it left changed too
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_library_stays_while_another_item_of_the_record_is_held_there(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(1), ("i1", "ADD"), ("i2", "ADD")));
        var one = await ClusterOfAsync(catalogue, "koha-east:1");

        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(2), ("i1", "NNUH")));
        Assert.Equal([OaiSets.Library("koha-east", "ADD"), OaiSets.Library("koha-east", "NNUH")], await LibrarySetsAsync(catalogue, one));

        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(3), ("i2", "NNUH")));
        Assert.Equal([OaiSets.Library("koha-east", "NNUH")], await LibrarySetsAsync(catalogue, one));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_status_or_shelving_change_bumps_the_datestamp_and_leaves_the_sets(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(1), ("i1", "ADD")));
        var one = await ClusterOfAsync(catalogue, "koha-east:1");
        var sets = await AllSetsAsync(catalogue, one);
        var versions = await VersionsAsync(catalogue, one);

        await catalogue.PublishAndConsumeAsync(Status("koha-east", "1", "i1", "ADD", ItemStatuses.OnLoan, T0.AddMinutes(2)));
        Assert.Equal(versions + 1, await VersionsAsync(catalogue, one));
        await catalogue.PublishAndConsumeAsync(Status("koha-east", "1", "i1", "ADD", ItemStatuses.OnLoan, T0.AddMinutes(2))); // a replay
        Assert.Equal(versions + 1, await VersionsAsync(catalogue, one));

        var reshelved = Holdings("koha-east", "1", T0.AddMinutes(3), ("i1", "ADD"));
        reshelved = reshelved with { Items = [reshelved.Items[0] with { CallNumber = "WB 200" }] };
        await catalogue.PublishAndConsumeAsync(reshelved);
        Assert.Equal(versions + 2, await VersionsAsync(catalogue, one));

        Assert.Equal(sets, await AllSetsAsync(catalogue, one));
        Assert.Contains(OaiSets.Library("koha-east", "ADD"), sets);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_status_before_its_holding_gives_the_record_its_library(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", Isbn(1)));
        var one = await ClusterOfAsync(catalogue, "koha-east:1");

        await catalogue.PublishAndConsumeAsync(Status("koha-east", "1", "i1", "NNUH", ItemStatuses.Available, T0.AddMinutes(1)));

        Assert.Equal([OaiSets.Library("koha-east", "NNUH")], await LibrarySetsAsync(catalogue, one));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_record_with_many_items_has_exactly_its_libraries(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", Isbn(1)));
        string[] libraries = ["ADD", "NNUH", "QEH"];
        var items = Enumerable.Range(0, 1_500).Select(i => ($"v{i}", libraries[i % 3])).ToArray();
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(1), items));
        for (var i = 0; i < 20; i++)
        {
            await catalogue.PublishAndConsumeAsync(Status("koha-east", "1", $"v{i}", libraries[i % 3], ItemStatuses.OnLoan, T0.AddMinutes(2 + i)));
        }

        // Every QEH item but one moves to ADD in one message; then the last one does.
        var moved = Enumerable.Range(0, 1_500).Where(i => i % 3 == 2).Select(i => ($"v{i}", "ADD")).ToArray();
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddHours(1), moved[1..]));
        var one = await ClusterOfAsync(catalogue, "koha-east:1");
        Assert.Equal(
            [OaiSets.Library("koha-east", "ADD"), OaiSets.Library("koha-east", "NNUH"), OaiSets.Library("koha-east", "QEH")],
            await LibrarySetsAsync(catalogue, one));

        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddHours(2), moved[0]));
        Assert.Equal([OaiSets.Library("koha-east", "ADD"), OaiSets.Library("koha-east", "NNUH")], await LibrarySetsAsync(catalogue, one));
        Assert.Equal(1_500, await catalogue.QueryAsync(db => db.SourceItems.CountAsync(i => i.VendorRecordId == "1")));
        Assert.Equal(20, await catalogue.QueryAsync(db => db.SourceItems.CountAsync(i => i.Status == ItemStatuses.OnLoan)));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Removing_the_last_item_of_a_library_drops_its_set_and_bumps_the_datestamp(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await catalogue.PublishAndConsumeAsync(Holdings("koha-east", "1", T0.AddMinutes(1), ("i1", "ADD"), ("i2", "NNUH")));
        var one = await ClusterOfAsync(catalogue, "koha-east:1");
        var versions = await VersionsAsync(catalogue, one);
        var removal = new HoldingsRemoved
        {
            SystemId = "koha-east", VendorRecordId = "1", VendorItemIds = ["i2"], SourceTimestamp = T0.AddMinutes(2), CorrelationId = Guid.NewGuid(),
        };

        await catalogue.PublishAndConsumeAsync(removal);
        await catalogue.PublishAndConsumeAsync(removal); // again: nothing left to remove, nothing bumped

        Assert.Equal([OaiSets.Library("koha-east", "ADD")], await LibrarySetsAsync(catalogue, one));
        Assert.Equal(versions + 1, await VersionsAsync(catalogue, one));
    }
}
