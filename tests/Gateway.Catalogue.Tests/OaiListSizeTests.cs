using System.Xml.Linq;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Options;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Catalogue.Tests.OaiRecords;
using static Gateway.Catalogue.Tests.OaiXml;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// <c>completeListSize</c> is counted over the clusters in the snapshot that fixes the list's bound (decision 0032): it
/// must equal what the list really returns, on every page, while records change between the pages (page size 3).
/// </summary>
public sealed class OaiListSizeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Lists of every shape: the whole repository, a set, a from date, an until date, a set and a from date.</summary>
    public static TheoryData<string, string> StoresAndLists
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var store in new[] { CatalogueOptions.Sqlite, CatalogueOptions.PostgreSql })
            {
                foreach (var list in new[]
                {
                    "metadataPrefix=marc21", "metadataPrefix=marc21&set=system:koha-east", "metadataPrefix=marc21&from=2026-03-02T10:00:00Z",
                    "metadataPrefix=marc21&until=2026-03-02T09:59:59Z", "metadataPrefix=oai_dc&set=region:east-of-england&from=2026-03-02T10:00:00Z",
                    "metadataPrefix=oai_dc&set=region", "metadataPrefix=marc21&set=system&from=2026-03-02T10:00:00Z",
                })
                {
                    data.Add(store, list);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(StoresAndLists))]
    public async Task CompleteListSize_equals_the_records_the_list_returns_while_records_change(string store, string arguments)
    {
        var clock = new ManualClock(Start);
        await using var host = await OaiTestHost.StartAsync(clock: clock, store: store);
        await SeedAsync(host, clock);
        var expected = await ExpectedAsync(host, arguments);

        var pages = new List<XDocument> { await host.GetAsync($"verb=ListRecords&{arguments}") };
        for (var (token, round) = (Token(pages[^1], "ListRecords"), 0); token is not null; token = Token(pages[^1], "ListRecords"), round++)
        {
            await ChangeAsync(host, clock, round); // between every two pages: the store moves on under the list
            pages.Add(await host.GetAsync($"verb=ListRecords&resumptionToken={Uri.EscapeDataString(token)}"));
        }

        Assert.All(pages, p => Assert.Empty(ErrorCodes(p)));
        var ids = pages.SelectMany(p => Headers(p, "ListRecords")).Select(ClusterId).ToList();
        Assert.Equal(expected.Order(), ids.Order()); // none missed, none twice, nothing created during the list
        Assert.True(pages.Count > 1, "the list should take several pages");
        var sizes = pages.Select(p => (string?)Verb(p, "ListRecords").Element(OaiNs + "resumptionToken")!.Attribute("completeListSize")).ToList();
        Assert.All(sizes, size => Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), size));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_small_from_window_starts_its_keyset_at_its_oldest_record_and_other_lists_at_the_log_start(string store)
    {
        var clock = new ManualClock(Start);
        await using var host = await OaiTestHost.StartAsync(clock: clock, store: store);
        await SeedAsync(host, clock);
        await host.ConsumeAsync(new BibliographicRecordsChanged // a longer log: 60 more versions before the window
        {
            SystemId = "koha-midlands",
            CorrelationId = Guid.NewGuid(),
            Records = [.. Enumerable.Range(1, 60).Select(i => Book("koha-midlands", $"{i}", Isbn(1000 + i), at: Start.AddHours(1)))],
        });
        clock.Advance(TimeSpan.FromHours(1));
        await host.ConsumeAsync(Holdings("koha-east", "6", Start.AddHours(2), ("i6", "NNUH")));
        var versions = await host.QueryAsync(db => db.ClusterVersions.AsNoTracking().ToListAsync());
        var newest = versions.GroupBy(v => v.ClusterId).Select(g => g.MaxBy(v => v.Seq)!).ToList();
        DateTime ten = Start.AddHours(1).UtcDateTime, eleven = Start.AddHours(2).UtcDateTime;

        var (full, small, large) = await StartsAsync(host, new ListSpec("marc21", null, null, null), new ListSpec("marc21", null, eleven, null),
            new ListSpec("marc21", null, ten, null));

        var bound = versions.Max(v => v.Seq);
        Assert.Equal(new ListStart(bound, newest.Count, 0), full);
        var inSmall = Assert.Single(newest, v => v.Datestamp >= eleven); // one record in the window, 1 × 50 ≤ the log's length
        Assert.True(OaiStore.ProbeCost <= bound, "the log should be long enough for a window of one to start late");
        Assert.Equal(new ListStart(bound, 1, inSmall.Seq - 1), small);
        var inLarge = newest.Count(v => v.Datestamp >= ten); // too many beside the log: the list starts at its beginning
        Assert.True(inLarge * OaiStore.ProbeCost > bound, "the window from ten should be large beside the log");
        Assert.Equal(new ListStart(bound, inLarge, 0), large);
        var ids = (await host.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-02T11:00:00Z")).Root!.Descendants(OaiNs + "header").Select(ClusterId);
        Assert.Equal([inSmall.ClusterId], ids);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_empty_repository_starts_no_list(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);

        var (start, _, _) = await StartsAsync(host, new ListSpec("marc21", null, null, null), new ListSpec("marc21", "region", null, null),
            new ListSpec("marc21", null, Start.UtcDateTime, null));
        var response = await host.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-02");

        Assert.Equal(new ListStart(0, 0, 0), start);
        Assert.Equal(["noRecordsMatch"], ErrorCodes(response));
    }

    // Twelve east records and two London ones (one joining an east record's cluster) at 09:00, then at 10:00 six east
    // records and the other London one change (a record, holdings, a page), so every list takes pages and lists from
    // 10:00 start after older versions in the log.
    private static async Task SeedAsync(OaiTestHost host, ManualClock clock)
    {
        for (var i = 1; i <= 12; i++)
        {
            await host.ConsumeAsync(Book("koha-east", $"{i}", Isbn(i)));
        }

        await host.ConsumeAsync(Book("koha-london", "1", Isbn(20)));
        await host.ConsumeAsync(Book("koha-london", "2", Isbn(2))); // joins east 2
        clock.Advance(TimeSpan.FromHours(1));
        var ten = Start.AddHours(1);
        await host.ConsumeAsync(Book("koha-east", "3", Isbn(3), title: "Changed at ten", at: ten));
        await host.ConsumeAsync(Book("koha-east", "9", Isbn(9), title: "Changed at ten", at: ten));
        await host.ConsumeAsync(Holdings("koha-east", "5", ten, ("i5", "ADD")));
        await host.ConsumeAsync(Holdings("koha-london", "1", ten, ("l1", "BARTS")));
        await host.ConsumeAsync(new BibliographicRecordsChanged
        {
            SystemId = "koha-east",
            CorrelationId = Guid.NewGuid(),
            Records = [.. new[] { 1, 7, 8 }.Select(i => Book("koha-east", $"{i}", Isbn(i), title: "A page at ten", at: ten))],
        });
    }

    // One change between two pages, in turn: a record listed or not yet listed changes, a record goes, one comes, a
    // page of records comes and changes others — none of which may change what the list holds.
    private static async Task ChangeAsync(OaiTestHost host, ManualClock clock, int round)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        var at = clock.GetUtcNow();
        var n = round % 4;
        await (n switch
        {
            0 => host.ConsumeAsync(Book("koha-east", $"{1 + (round % 8)}", Isbn(1 + (round % 8)), title: $"Round {round}", at: at)),
            1 => host.ConsumeAsync(Deleted("koha-east", $"{8 - (round % 8)}", at)),
            2 => host.ConsumeAsync(Book("koha-east", $"{100 + round}", Isbn(100 + round), at: at)),
            _ => host.ConsumeAsync(new BibliographicRecordsChanged
            {
                SystemId = "koha-east",
                CorrelationId = Guid.NewGuid(),
                Records = [Book("koha-east", $"{200 + round}", Isbn(200 + round), at: at), Book("koha-east", "4", Isbn(4), title: $"Paged {round}", at: at)],
            }),
        });
    }

    // What the list holds when it starts, from the state of the store (not from the provider's own queries).
    private static Task<List<string>> ExpectedAsync(OaiTestHost host, string arguments)
    {
        var query = arguments.Split('&').Select(a => a.Split('=')).ToDictionary(a => a[0], a => a[1]);
        DateTime? from = query.TryGetValue("from", out var f) ? DateTime.Parse(f, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime() : null;
        DateTime? until = query.TryGetValue("until", out var u) ? DateTime.Parse(u, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime().AddSeconds(1) : null;
        var set = query.GetValueOrDefault("set");
        return host.QueryAsync(async db =>
        {
            var clusters = await db.Clusters.AsNoTracking().ToListAsync();
            var rows = await db.ClusterSets.AsNoTracking().ToListAsync();
            var sets = rows.Where(r => set is null || Implied(r.SetSpec).Contains(set)).Select(r => r.ClusterId).ToHashSet();
            return clusters
                .Where(c => (from is null || c.Datestamp >= from) && (until is null || c.Datestamp < until) && (set is null || sets.Contains(c.Id)))
                .Select(c => c.Id).ToList();
        });
    }

    // The sets a stored row puts its record in: its own, the region of a system (the test host's registry) and the parents.
    private static string[] Implied(string stored)
    {
        var region = stored switch
        {
            "system:koha-east" => "region:east-of-england",
            "system:koha-london" => "region:london",
            "system:koha-midlands" => "region:midlands",
            _ => null,
        };
        var parent = stored.Split(':')[0];
        return region is null ? [stored, parent] : [stored, parent, region, "region"];
    }

    private static async Task<(ListStart, ListStart, ListStart)> StartsAsync(OaiTestHost host, ListSpec a, ListSpec b, ListSpec c)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OaiStore>();
        var ct = TestContext.Current.CancellationToken;
        return (await store.StartAsync(a, ct), await store.StartAsync(b, ct), await store.StartAsync(c, ct));
    }
}
