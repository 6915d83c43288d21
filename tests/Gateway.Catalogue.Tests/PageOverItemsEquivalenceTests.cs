using Gateway.Catalogue.Consumers;
using Gateway.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Catalogue.Tests.OaiRecords;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// A page of changed records whose clusters already hold items of several systems leaves what its records applied one
/// by one leave: the page reads the library codes of every member it reaches in one query over all their systems
/// (decision 0046), and the library sets of the clusters the records leave, join and found must come out the same.
/// </summary>
public sealed class PageOverItemsEquivalenceTests
{
    private static readonly DateTimeOffset Later = T0.AddHours(1);

    // Made once: both ways must store the same correlation ids.
    private static readonly BibliographicRecordsChanged[] Loads =
    [
        Page("koha-east", [.. Enumerable.Range(1, 8).Select(i => Book("koha-east", $"{i}", Isbn(i / 2), at: T0))]),
        Page("koha-london", [.. Enumerable.Range(1, 4).Select(i => Book("koha-london", $"{i}", Isbn(i), at: T0))]),
    ];

    private static readonly ItemsChanged[] Items =
    [
        Run("koha-east", [.. Enumerable.Range(1, 8).Select(i => Holdings("koha-east", $"{i}", T0, ($"e{i}", i % 2 == 0 ? "ADD" : "NNUH")))]),
        Run("koha-london", [.. Enumerable.Range(1, 4).Select(i => Holdings("koha-london", $"{i}", T0, ($"l{i}", "BARTS"), ($"l{i}b", "")))]),
    ];

    // Records move: east ones to the next ISBN (leaving their clusters, joining others), one london one to a new ISBN.
    private static readonly BibliographicRecordsChanged[] Changes =
    [
        Page("koha-east", [.. Enumerable.Range(1, 8).Select(i => Book("koha-east", $"{i}", Isbn((i + 1) / 2), "Clinical medicine, 2nd", at: Later))]),
        Page("koha-london", [Book("koha-london", "2", Isbn(9), at: Later), Book("koha-london", "3", Isbn(3), "Renamed", at: Later)]),
    ];

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Pages_over_stored_items_leave_the_same_tables_as_their_records_applied_one_by_one(string store)
    {
        var singles = await ApplyAsync(store, asPages: false);
        var pages = await ApplyAsync(store, asPages: true);

        // The clusters carry library sets of both systems, so the comparison covers codes read across systems.
        Assert.Contains(singles["cluster_sets"], line => line.StartsWith("library:koha-london.BARTS|", StringComparison.Ordinal));
        Assert.Contains(singles["cluster_sets"], line => line.StartsWith("library:koha-east.ADD|", StringComparison.Ordinal));
        Assert.Contains(singles["cluster_sets"], line => line.StartsWith("library:koha-east.NNUH|", StringComparison.Ordinal));
        Assert.Contains(singles["cluster_audit"], line => line.StartsWith("left|", StringComparison.Ordinal));
        foreach (var (table, rows) in singles)
        {
            Assert.True(rows.SequenceEqual(pages[table]), $"{table} differs: {rows.Count} rows one by one, {pages[table].Count} as pages; first difference: "
                + rows.Zip(pages[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    private static async Task<Dictionary<string, List<string>>> ApplyAsync(string store, bool asPages)
    {
        var clock = new ManualClock(T0.AddDays(30));
        await using var catalogue = await CatalogueHarness.StartAsync(store, clock);
        foreach (var message in Loads)
        {
            await catalogue.PublishAndConsumeAsync(message);
        }

        foreach (var message in Items)
        {
            await catalogue.PublishAndConsumeAsync(message);
        }

        clock.Advance(TimeSpan.FromHours(1));
        foreach (var page in Changes)
        {
            if (asPages)
            {
                await catalogue.InScopeAsync(s => s.GetRequiredService<RecordChangeIngest>().ApplyAllAsync(page.Records, TestContext.Current.CancellationToken));
                continue;
            }

            foreach (var change in page.Records)
            {
                await catalogue.InScopeAsync(s => s.GetRequiredService<RecordChangeIngest>().ApplyAsync(change, TestContext.Current.CancellationToken));
            }
        }

        await catalogue.DrainSearchAsync();
        return await catalogue.QueryAsync(PageEquivalenceTests.Dump);
    }

    private static BibliographicRecordsChanged Page(string system, BibliographicRecordChanged[] records) =>
        new() { SystemId = system, CorrelationId = Guid.NewGuid(), Records = records };

    private static ItemsChanged Run(string system, HoldingsChanged[] holdings) =>
        new() { SystemId = system, CorrelationId = Guid.NewGuid(), Changes = [.. holdings.Select(h => new ItemChange { Holdings = h })] };
}
