using Gateway.Availability.Resolution;
using Gateway.Catalogue.Availability;
using Gateway.Catalogue.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// <see cref="CatalogueRecordSources"/>: which systems hold the records an availability request names, read for every
/// system at once (by system in … and vendor id in …, filtered to the pairs asked), on both stores.
/// </summary>
public sealed class CatalogueRecordSourcesTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Source_ids_resolve_to_themselves_with_their_libraries_and_never_to_a_neighbour_of_the_one_query(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await SeedAsync(catalogue);

        // koha-east:2 and koha-london:1 exist too: the query's (system in …, vendor id in …) matches them, the answer must not.
        var resolved = await ResolveAsync(catalogue, ["koha-east:1", "koha-london:2", "koha-east:9", "koha-london:3", "koha-nowhere:1"]);

        Assert.Equal(["koha-east:1", "koha-east:9", "koha-london:2", "koha-london:3", "koha-nowhere:1"], resolved.Keys.Order(StringComparer.Ordinal));
        var east = Assert.Single(resolved["koha-east:1"].Sources);
        Assert.Equal(("koha-east", "1"), (east.SystemId, east.VendorRecordId));
        Assert.Equal(["ADD", "CAM"], east.LibraryCodes);
        var london = Assert.Single(resolved["koha-london:2"].Sources);
        Assert.Equal(("koha-london", "2"), (london.SystemId, london.VendorRecordId));
        Assert.Equal(["BARTS"], london.LibraryCodes);
        Assert.False(resolved["koha-east:9"].Found);
        Assert.False(resolved["koha-london:3"].Found); // deleted
        Assert.False(resolved["koha-nowhere:1"].Found);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_cluster_resolves_to_its_live_members_and_a_merged_one_to_the_cluster_that_took_them(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await SeedAsync(catalogue);

        var resolved = await ResolveAsync(catalogue, [ClusterA, ClusterMerged, ClusterUnknown, "koha-east:2"]);

        Assert.Equal(4, resolved.Count);
        var members = resolved[ClusterA].Sources;
        Assert.Equal(["koha-east:1", "koha-london:2"], members.Select(s => $"{s.SystemId}:{s.VendorRecordId}"));
        Assert.Equal(["ADD", "CAM"], members[0].LibraryCodes);
        Assert.Equal(["BARTS"], members[1].LibraryCodes);
        Assert.Equal(
            resolved[ClusterA].Sources.Select(s => (s.SystemId, s.VendorRecordId, string.Join(',', s.LibraryCodes))),
            resolved[ClusterMerged].Sources.Select(s => (s.SystemId, s.VendorRecordId, string.Join(',', s.LibraryCodes))));
        Assert.Equal(ClusterMerged, resolved[ClusterMerged].Id);
        Assert.False(resolved[ClusterUnknown].Found);
        var other = Assert.Single(resolved["koha-east:2"].Sources);
        Assert.Empty(other.LibraryCodes); // its only item has no library code
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Candidates_are_every_member_and_every_source_id_asked_and_confirmation_keeps_only_the_live_ones(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await SeedAsync(catalogue);
        string[] ids = [ClusterMerged, "koha-east:9", "koha-london:3"];

        RecordCandidates? candidates = null;
        IReadOnlyDictionary<string, ResolvedRecord>? confirmed = null;
        await catalogue.InScopeAsync(async services =>
        {
            var sources = ActivatorUtilities.CreateInstance<CatalogueRecordSources>(services);
            candidates = await sources.CandidatesAsync(ids, TestContext.Current.CancellationToken);
            confirmed = await sources.ConfirmAsync(candidates, TestContext.Current.CancellationToken);
        });

        // The vendors are asked on these: the deleted member and the unknown source id are among them ...
        Assert.Equal(["koha-east:1", "koha-london:2", "koha-london:3"], candidates!.SourcesById[ClusterMerged].Order(StringComparer.Ordinal));
        Assert.Equal(["koha-east:9"], candidates.SourcesById["koha-east:9"]);
        Assert.Equal(["koha-london:3"], candidates.SourcesById["koha-london:3"]);

        // ... and only what the catalogue confirms reaches the answer.
        Assert.Equal(["koha-east:1", "koha-london:2"], confirmed![ClusterMerged].Sources.Select(s => $"{s.SystemId}:{s.VendorRecordId}"));
        Assert.False(confirmed["koha-east:9"].Found);
        Assert.False(confirmed["koha-london:3"].Found);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Nothing_asked_or_nothing_well_formed_asks_nothing(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);

        Assert.Empty(await ResolveAsync(catalogue, []));
        var resolved = await ResolveAsync(catalogue, [ClusterUnknown]);
        Assert.False(Assert.Single(resolved).Value.Found);
    }

    private const string ClusterA = "c00000000000000a1";
    private const string ClusterMerged = "c00000000000000b2";
    private const string ClusterUnknown = "c00000000000000ff";

    private static async Task<IReadOnlyDictionary<string, ResolvedRecord>> ResolveAsync(CatalogueHarness catalogue, string[] ids)
    {
        IReadOnlyDictionary<string, ResolvedRecord>? resolved = null;
        await catalogue.InScopeAsync(async services =>
            resolved = await ActivatorUtilities.CreateInstance<CatalogueRecordSources>(services).ResolveAsync(ids, TestContext.Current.CancellationToken));
        return resolved!;
    }

    /// <summary>
    /// koha-east:1 (items at CAM, ADD twice) and koha-london:2 (BARTS) in cluster A, which cluster B was merged into;
    /// koha-london:3 deleted but still a member of A; koha-east:2 alone in a cluster with one item without a library;
    /// koha-london:1 with an item at ROYAL.
    /// </summary>
    private static Task<int> SeedAsync(CatalogueHarness catalogue) => catalogue.QueryAsync(async db =>
    {
        db.SourceRecords.AddRange(
            Record("koha-east", "1"), Record("koha-east", "2"), Record("koha-london", "1"), Record("koha-london", "2"),
            Record("koha-london", "3", deleted: true));
        db.SourceItems.AddRange(
            Item("koha-east", "1", "11", "CAM"), Item("koha-east", "1", "12", "ADD"), Item("koha-east", "1", "13", "ADD"),
            Item("koha-east", "2", "21", ""), Item("koha-london", "1", "31", "ROYAL"), Item("koha-london", "2", "41", "BARTS"),
            Item("koha-london", "3", "51", "QMUL"));
        db.Clusters.AddRange(
            new Cluster { Id = ClusterA, MemberCount = 3 },
            new Cluster { Id = ClusterMerged, IsDeleted = true, MergedInto = ClusterA },
            new Cluster { Id = "c00000000000000c3", MemberCount = 1 },
            new Cluster { Id = "c00000000000000d4", MemberCount = 1 });
        db.ClusterMemberships.AddRange(
            Member("koha-east:1", ClusterA), Member("koha-london:2", ClusterA), Member("koha-london:3", ClusterA),
            Member("koha-east:2", "c00000000000000c3"), Member("koha-london:1", "c00000000000000d4"));
        return await db.SaveChangesAsync();
    });

    private static SourceRecord Record(string system, string id, bool deleted = false) =>
        new() { SystemId = system, VendorRecordId = id, Title = "Clinical medicine", IsDeleted = deleted };

    private static SourceItem Item(string system, string record, string item, string library) =>
        new() { SystemId = system, VendorRecordId = record, VendorItemId = item, LibraryCode = library };

    private static ClusterMembership Member(string sourceId, string clusterId) =>
        new() { SourceId = sourceId, ClusterId = clusterId, MatchJson = "{}" };
}
