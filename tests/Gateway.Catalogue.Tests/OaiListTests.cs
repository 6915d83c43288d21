using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.OaiRecords;
using static Gateway.Catalogue.Tests.OaiXml;

namespace Gateway.Catalogue.Tests;

/// <summary>Lists with resumption tokens, sets, deleted headers and datestamps, over HTTP (page size 3).</summary>
public sealed class OaiListTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task ListRecords_pages_by_token_with_cursor_and_completeListSize_and_ends_with_an_empty_token(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        for (var i = 1; i <= 7; i++)
        {
            await host.ConsumeAsync(Book("koha-east", $"{i}", Isbn(i)));
        }

        var pages = await HarvestAsync(host, "ListRecords", "metadataPrefix=marc21");

        Assert.Equal(3, pages.Count);
        var tokens = pages.Select(p => Verb(p, "ListRecords").Element(OaiNs + "resumptionToken")!).ToList();
        Assert.Equal(["0", "3", "6"], tokens.Select(t => (string)t.Attribute("cursor")!));
        Assert.All(tokens, t => Assert.Equal("7", (string?)t.Attribute("completeListSize")));
        Assert.NotNull(tokens[0].Attribute("expirationDate"));
        Assert.Equal("", tokens[2].Value);
        var ids = pages.SelectMany(p => Headers(p, "ListRecords")).Select(ClusterId).ToList();
        var clusters = await host.QueryAsync(db => db.Clusters.Select(c => c.Id).ToListAsync());
        Assert.Equal(clusters.Order(), ids.Order());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_set_selects_the_records_of_its_region_system_or_library(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await host.ConsumeAsync(Book("koha-london", "2", Isbn(2)));
        await host.ConsumeAsync(Book("koha-midlands", "3", Isbn(3)));
        await host.ConsumeAsync(Book("koha-london", "4", Isbn(1))); // joins the east record's cluster
        await host.ConsumeAsync(Holdings("koha-midlands", "3", Start, ("m1", "UHB")));

        var london = await AllIdsAsync(host, "ListIdentifiers", "metadataPrefix=oai_dc&set=region:london");
        var east = await AllIdsAsync(host, "ListIdentifiers", "metadataPrefix=oai_dc&set=system:koha-east");
        var uhb = await AllIdsAsync(host, "ListIdentifiers", "metadataPrefix=oai_dc&set=library:koha-midlands.UHB");

        var clusterOf = await host.QueryAsync(db => db.ClusterMemberships.ToDictionaryAsync(m => m.SourceId, m => m.ClusterId));
        Assert.Equal(new[] { clusterOf["koha-east:1"], clusterOf["koha-london:2"] }.Order(), london.Order());
        Assert.Equal([clusterOf["koha-east:1"]], east);
        Assert.Equal([clusterOf["koha-midlands:3"]], uhb);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_last_member_deleted_leaves_a_deleted_header_in_lists_and_GetRecord(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await host.ConsumeAsync(Book("koha-london", "2", Isbn(1)));
        await host.ConsumeAsync(Book("koha-east", "3", Isbn(3)));
        var clusterId = await host.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == "koha-east:1").Select(m => m.ClusterId).SingleAsync());

        await host.ConsumeAsync(Deleted("koha-east", "1", Start.AddMinutes(1)));
        var afterOne = await host.GetAsync($"verb=GetRecord&metadataPrefix=marc21&identifier=oai:hub.test.example:{clusterId}");
        await host.ConsumeAsync(Deleted("koha-london", "2", Start.AddMinutes(1)));
        var afterLast = await host.GetAsync($"verb=GetRecord&metadataPrefix=marc21&identifier=oai:hub.test.example:{clusterId}");
        var list = await HarvestAsync(host, "ListRecords", "metadataPrefix=marc21&set=region:london");

        AssertValid(afterLast);
        Assert.Null(Verb(afterOne, "GetRecord").Descendants(OaiNs + "header").Single().Attribute("status"));
        var header = Verb(afterLast, "GetRecord").Descendants(OaiNs + "header").Single();
        Assert.Equal("deleted", (string?)header.Attribute("status"));
        Assert.Null(Verb(afterLast, "GetRecord").Element(OaiNs + "record")!.Element(OaiNs + "metadata"));
        var deletedInSet = Assert.Single(list.SelectMany(p => Headers(p, "ListRecords")));
        Assert.Equal(clusterId, ClusterId(deletedInSet));
        Assert.Equal("deleted", (string?)deletedInSet.Attribute("status"));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_holdings_or_status_change_bumps_the_datestamp_so_an_incremental_harvest_sees_it(string store)
    {
        var clock = new ManualClock(Start);
        await using var host = await OaiTestHost.StartAsync(clock: clock, store: store);
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await host.ConsumeAsync(Book("koha-east", "2", Isbn(2)));

        clock.Advance(TimeSpan.FromHours(1));
        await host.ConsumeAsync(Holdings("koha-east", "1", Start.AddHours(1), ("i1", "ADD")));
        var afterHoldings = await AllHeadersAsync(host, "metadataPrefix=oai_dc&from=2026-03-02T10:00:00Z");

        clock.Advance(TimeSpan.FromHours(1));
        await host.ConsumeAsync(Status("koha-east", "1", "i1", "ADD", "on-loan", Start.AddHours(2)));
        await host.ConsumeAsync(Status("koha-east", "1", "i1", "ADD", "on-loan", Start.AddHours(2))); // the same again: no bump
        var afterStatus = await AllHeadersAsync(host, "metadataPrefix=oai_dc&from=2026-03-02T11:00:00Z");
        var upToTen = await AllHeadersAsync(host, "metadataPrefix=oai_dc&until=2026-03-02T10:59:59Z");

        var clusterOne = await host.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == "koha-east:1").Select(m => m.ClusterId).SingleAsync());
        Assert.Equal([clusterOne], afterHoldings.Select(ClusterId));
        Assert.Contains("library:koha-east.ADD", afterHoldings[0].Elements(OaiNs + "setSpec").Select(s => s.Value));
        var header = Assert.Single(afterStatus);
        Assert.Equal("2026-03-02T11:00:00Z", (string?)header.Element(OaiNs + "datestamp"));
        Assert.Single(upToTen); // record 2 only: record 1's datestamp moved on
        Assert.Equal(2, await host.QueryAsync(db => db.ClusterVersions.CountAsync(v => v.ClusterId == clusterOne)) - 1);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Records_changing_during_a_harvest_are_neither_missed_nor_listed_twice(string store)
    {
        var clock = new ManualClock(Start);
        await using var host = await OaiTestHost.StartAsync(clock: clock, store: store);
        for (var i = 1; i <= 9; i++)
        {
            await host.ConsumeAsync(Book("koha-east", $"{i}", Isbn(i)));
        }

        var clusterOf = await host.QueryAsync(db => db.ClusterMemberships.ToDictionaryAsync(m => m.SourceId, m => m.ClusterId));
        var first = await host.GetAsync("verb=ListRecords&metadataPrefix=marc21");
        var firstIds = Headers(first, "ListRecords").Select(ClusterId).ToList();
        Assert.Equal(3, firstIds.Count);

        // While the harvester holds its token: records already delivered and not yet delivered change, one goes, one comes.
        clock.Advance(TimeSpan.FromMinutes(5));
        var delivered = clusterOf.First(c => c.Value == firstIds[0]).Key.Split(':')[1];
        var pending = clusterOf.First(c => !firstIds.Contains(c.Value) && c.Key != "koha-east:9").Key.Split(':')[1];
        await host.ConsumeAsync(Book("koha-east", delivered, Isbn(int.Parse(delivered)), title: "Changed after delivery", at: Start.AddMinutes(5)));
        await host.ConsumeAsync(Book("koha-east", pending, Isbn(int.Parse(pending)), title: "Changed before delivery", at: Start.AddMinutes(5)));
        await host.ConsumeAsync(Holdings("koha-east", pending, Start.AddMinutes(5), ("p1", "ADD")));
        await host.ConsumeAsync(Deleted("koha-east", "9", Start.AddMinutes(5)));
        await host.ConsumeAsync(Book("koha-east", "10", Isbn(10), at: Start.AddMinutes(5)));

        var rest = await FollowAsync(host, "ListRecords", first);
        var all = new[] { first }.Concat(rest).SelectMany(p => Verb(p, "ListRecords").Elements(OaiNs + "record")).ToList();
        var ids = all.Select(r => ClusterId(r.Element(OaiNs + "header")!)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count()); // none twice
        Assert.Equal(Enumerable.Range(1, 9).Select(i => clusterOf[$"koha-east:{i}"]).Order(), ids.Order()); // none missed; the new one waits
        var pendingRecord = all.Single(r => ClusterId(r.Element(OaiNs + "header")!) == clusterOf[$"koha-east:{pending}"]);
        Assert.Contains("Changed before delivery", pendingRecord.Descendants(MarcNs + "subfield").Select(s => s.Value)); // current content
        Assert.Equal("deleted", (string?)all.Single(r => ClusterId(r.Element(OaiNs + "header")!) == clusterOf["koha-east:9"]).Element(OaiNs + "header")!.Attribute("status"));

        // The next incremental harvest, from when the changes began, brings every changed record once, the new one too.
        var incremental = await AllIdsAsync(host, "ListIdentifiers", "metadataPrefix=marc21&from=2026-03-02T09:05:00Z");
        var newCluster = await host.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == "koha-east:10").Select(m => m.ClusterId).SingleAsync());
        Assert.Equal(
            new[] { clusterOf[$"koha-east:{delivered}"], clusterOf[$"koha-east:{pending}"], clusterOf["koha-east:9"], newCluster }.Order(),
            incremental.Order());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_token_expires_with_the_list_and_then_is_badResumptionToken(string store)
    {
        var clock = new ManualClock(Start);
        await using var host = await OaiTestHost.StartAsync(new Dictionary<string, string?> { ["Oai:TokenLifetime"] = "00:10:00" }, clock, store: store);
        for (var i = 1; i <= 4; i++)
        {
            await host.ConsumeAsync(Book("koha-east", $"{i}", Isbn(i)));
        }

        var first = await host.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        var token = Verb(first, "ListIdentifiers").Element(OaiNs + "resumptionToken")!;
        Assert.Equal("2026-03-02T09:10:00Z", (string?)token.Attribute("expirationDate"));

        clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await host.GetAsync($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token.Value)}");

        AssertValid(expired);
        Assert.Equal(["badResumptionToken"], ErrorCodes(expired));
        Assert.Contains("expired", expired.Root!.Element(OaiNs + "error")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Versions_superseded_longer_ago_than_a_list_lives_are_pruned_and_the_newest_stays(string store)
    {
        var clock = new ManualClock(Start);
        await using var host = await OaiTestHost.StartAsync(new Dictionary<string, string?> { ["Oai:TokenLifetime"] = "00:10:00" }, clock, store: store);
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));
        await host.ConsumeAsync(Book("koha-east", "2", Isbn(2)));
        for (var hours = 2; hours <= 4; hours += 2)
        {
            clock.Advance(TimeSpan.FromHours(2));
            await host.ConsumeAsync(Holdings("koha-east", "1", Start.AddHours(hours), ($"i{hours}", "ADD")));
        }

        var versions = await host.QueryAsync(db => db.ClusterVersions.OrderBy(v => v.Seq).ToListAsync());
        var one = await host.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == "koha-east:1").Select(m => m.ClusterId).SingleAsync());

        // Cluster 1: its first version (superseded at 11:00, more than 10 min + 1 h before 13:00) is gone.
        Assert.Equal([Start.AddHours(2).UtcDateTime, Start.AddHours(4).UtcDateTime], versions.Where(v => v.ClusterId == one).Select(v => v.Datestamp));
        Assert.Single(versions, v => v.ClusterId != one); // an unchanged cluster keeps its only version
        Assert.Equal(2, (await AllIdsAsync(host, "ListIdentifiers", "metadataPrefix=oai_dc")).Count);
    }

    private static async Task<List<XDocument>> HarvestAsync(OaiTestHost host, string verb, string arguments)
    {
        var first = await host.GetAsync($"verb={verb}&{arguments}");
        AssertValid(first);
        return [first, .. await FollowAsync(host, verb, first)];
    }

    private static async Task<List<XDocument>> FollowAsync(OaiTestHost host, string verb, XDocument page)
    {
        var pages = new List<XDocument>();
        for (var token = Token(page, verb); token is not null; token = Token(pages[^1], verb))
        {
            var next = await host.GetAsync($"verb={verb}&resumptionToken={Uri.EscapeDataString(token)}");
            AssertValid(next);
            Assert.Empty(ErrorCodes(next));
            pages.Add(next);
        }

        return pages;
    }

    private static async Task<List<string>> AllIdsAsync(OaiTestHost host, string verb, string arguments) =>
        [.. (await HarvestAsync(host, verb, arguments)).SelectMany(p => Headers(p, verb)).Select(ClusterId)];

    private static async Task<List<XElement>> AllHeadersAsync(OaiTestHost host, string arguments) =>
        [.. (await HarvestAsync(host, "ListIdentifiers", arguments)).SelectMany(p => Headers(p, "ListIdentifiers"))];
}
