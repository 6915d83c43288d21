using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Catalogue.Tests.Messages;

namespace Gateway.Catalogue.Tests;

/// <summary>Clusters kept by the ingest consumers in the catalogue's SQLite store, with their audit log.</summary>
public sealed class ClusteringIngestTests
{
    private static BibliographicRecordChanged Edition(string system, string id, string isbn, int year = 2017, string title = "Oxford handbook of clinical medicine", DateTimeOffset? at = null) =>
        Changed(id, at ?? T0, title, system) with
        {
            Description = new BibliographicDescription { Title = title, Isbns = [isbn], PublicationYear = year, Format = "book", Authors = ["Longmore, Murray"] },
        };

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Records_of_one_edition_from_two_systems_share_a_cluster_and_the_log_says_why(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Edition("koha-east", "1", "9780199689903"));
        await catalogue.PublishAndConsumeAsync(Edition("koha-london", "77", "9780199689903"));

        var members = await catalogue.QueryAsync(db => db.ClusterMemberships.AsNoTracking().OrderBy(m => m.SourceId).ToListAsync());
        Assert.Equal(["koha-east:1", "koha-london:77"], members.Select(m => m.SourceId));
        Assert.Single(members.Select(m => m.ClusterId).Distinct());
        var cluster = await catalogue.QueryAsync(db => db.Clusters.AsNoTracking().SingleAsync());
        Assert.Equal(2, cluster.MemberCount);
        Assert.False(cluster.IsDeleted);

        var log = await catalogue.QueryAsync(db => db.ClusterAudit.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["created", "joined"], log.Select(e => e.Kind));
        Assert.Equal("isbn:9780199689903", log[1].Key);
        Assert.Equal("koha-east:1", log[1].MatchedSourceId);
        Assert.Equal("koha-london:77", log[1].SourceId);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Another_edition_with_the_same_isbn_gets_its_own_cluster_with_the_reason(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Edition("koha-east", "1", "9780199689903", year: 2017));
        await catalogue.PublishAndConsumeAsync(Edition("koha-london", "77", "9780199689903", year: 2024));

        Assert.Equal(2, await catalogue.QueryAsync(db => db.Clusters.CountAsync()));
        var created = await catalogue.QueryAsync(db => db.ClusterAudit.AsNoTracking().Where(e => e.SourceId == "koha-london:77").SingleAsync());
        Assert.Equal("created", created.Kind);
        Assert.Contains("year differs (2024 / 2017)", created.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_last_member_deleted_retires_the_cluster_and_its_keys_go(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Edition("koha-east", "1", "9780199689903"));
        await catalogue.PublishAndConsumeAsync(Edition("koha-london", "77", "9780199689903"));
        var clusterId = await catalogue.QueryAsync(db => db.Clusters.AsNoTracking().Select(c => c.Id).SingleAsync());
        // One row a key and cluster, though both members hold the ISBN and the title key (decision 0049).
        string[] held = [$"isbn:9780199689903|{clusterId}", $"title:oxford handbook of clinical medicine|longmore|2017|1|book||{clusterId}"];
        Assert.Equal(held, await KeysAsync(catalogue));

        await catalogue.PublishAndConsumeAsync(Deleted("1", T0.AddMinutes(1), "koha-east"));

        var cluster = await catalogue.QueryAsync(db => db.Clusters.AsNoTracking().SingleAsync());
        Assert.Equal(1, cluster.MemberCount);
        Assert.False(cluster.IsDeleted);
        Assert.Equal(held, await KeysAsync(catalogue)); // the member left holds them still

        await catalogue.PublishAndConsumeAsync(Deleted("77", T0.AddMinutes(1), "koha-london"));

        cluster = await catalogue.QueryAsync(db => db.Clusters.AsNoTracking().SingleAsync());
        Assert.True(cluster.IsDeleted);
        Assert.Equal(0, cluster.MemberCount);
        Assert.Empty(await catalogue.QueryAsync(db => db.ClusterMemberships.ToListAsync()));
        Assert.Empty(await KeysAsync(catalogue));
        var kinds = await catalogue.QueryAsync(db => db.ClusterAudit.OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["created", "joined", "left", "left", "retired"], kinds);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_record_changed_into_another_edition_moves_and_the_same_message_twice_logs_once(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Edition("koha-east", "1", "9780199689903"));
        await catalogue.PublishAndConsumeAsync(Edition("koha-east", "2", "9780198837411", year: 2024));
        await catalogue.PublishAndConsumeAsync(Edition("koha-london", "77", "9780199689903"));
        var change = Edition("koha-london", "77", "9780198837411", year: 2024, at: T0.AddMinutes(2));

        await catalogue.PublishAndConsumeAsync(change);
        await catalogue.PublishAndConsumeAsync(change);

        var clusterOf = await catalogue.QueryAsync(db => db.ClusterMemberships.AsNoTracking().ToDictionaryAsync(m => m.SourceId, m => m.ClusterId));
        Assert.Equal(clusterOf["koha-east:2"], clusterOf["koha-london:77"]);
        Assert.NotEqual(clusterOf["koha-east:1"], clusterOf["koha-london:77"]);
        var moves = await catalogue.QueryAsync(db => db.ClusterAudit.Where(e => e.SourceId == "koha-london:77").OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["joined", "left", "joined"], moves);
        var keys = await KeysAsync(catalogue);
        Assert.Contains($"isbn:9780198837411|{clusterOf["koha-london:77"]}", keys);
        Assert.DoesNotContain($"isbn:9780199689903|{clusterOf["koha-london:77"]}", keys);
        Assert.Contains($"isbn:9780199689903|{clusterOf["koha-east:1"]}", keys); // the edition it left keeps its own
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Clusters_merged_by_a_bridging_record_leave_their_keys_to_the_cluster_that_stays(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", isbns: [], oclc: ["951234567"], year: 2017));
        await catalogue.PublishAndConsumeAsync(Book("koha-london", "2", isbns: ["9780199689903"], oclc: [], year: null));
        var before = await KeysAsync(catalogue);
        Assert.Equal(2, before.Select(k => k[(k.LastIndexOf('|') + 1)..]).Distinct().Count());

        // A record with the OCLC number and the ISBN bridges the two clusters: one retires into the other, whose rows
        // then hold every key of the three members, once each.
        await catalogue.PublishAndConsumeAsync(Book("koha-midlands", "3", isbns: ["9780199689903"], oclc: ["951234567"], year: 2017));

        var live = Assert.Single(await catalogue.QueryAsync(db => db.Clusters.AsNoTracking().Where(c => !c.IsDeleted).Select(c => c.Id).ToListAsync()));
        Assert.Single(await catalogue.QueryAsync(db => db.Clusters.AsNoTracking().Where(c => c.IsDeleted).ToListAsync()));
        var keys = await KeysAsync(catalogue);
        Assert.All(keys, k => Assert.EndsWith($"|{live}", k, StringComparison.Ordinal));
        Assert.Equal(
            before.Select(k => k[..k.LastIndexOf('|')]).Distinct().Order(StringComparer.Ordinal),
            keys.Select(k => k[..k.LastIndexOf('|')]));
        Assert.Contains($"isbn:9780199689903|{live}", keys);
        Assert.Contains($"oclc:951234567|{live}", keys);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_key_row_left_on_a_cluster_without_members_is_passed_over_by_a_page_and_by_one_record(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            db.ClusterKeys.Add(new ClusterKeyEntry { Key = "isbn:9780199689903", ClusterId = "c-no-members" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        // The page straight through the ingest (the consumer would apply a failed page again record by record).
        await catalogue.InScopeAsync(services => services.GetRequiredService<Gateway.Catalogue.Consumers.RecordChangeIngest>().ApplyAllAsync(
            [Edition("koha-east", "1", "9780199689903"), Edition("koha-east", "2", "9780199689903")], TestContext.Current.CancellationToken));
        await catalogue.PublishAndConsumeAsync(Edition("koha-london", "77", "9780199689903"));

        var clusterOf = await catalogue.QueryAsync(db => db.ClusterMemberships.AsNoTracking().ToDictionaryAsync(m => m.SourceId, m => m.ClusterId));
        Assert.Equal(3, clusterOf.Count);
        Assert.Single(clusterOf.Values.Distinct());
        Assert.Empty(await catalogue.QueryAsync(db => db.IngestProblems.ToListAsync()));
        Assert.Contains($"isbn:9780199689903|{clusterOf["koha-east:1"]}", await KeysAsync(catalogue));
    }

    private static BibliographicRecordChanged Book(string system, string id, string[] isbns, string[] oclc, int? year) =>
        Changed(id, T0, "Emergency medicine", system) with
        {
            Description = new BibliographicDescription { Title = "Emergency medicine", Isbns = isbns, OclcNumbers = oclc, PublicationYear = year, Format = "book", Authors = ["Moulton, Chris"] },
        };

    // Every cluster_keys row as "key|cluster", in order.
    private static Task<List<string>> KeysAsync(CatalogueHarness catalogue) =>
        catalogue.QueryAsync(db => db.ClusterKeys.AsNoTracking().OrderBy(k => k.Key).ThenBy(k => k.ClusterId).Select(k => k.Key + "|" + k.ClusterId).ToListAsync());
}
