using Gateway.Catalogue.Consumers;
using Gateway.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Catalogue.Tests.OaiRecords;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// A run of item changes applied in one transaction (<see cref="ItemsChangedConsumer"/>, decision 0036) leaves exactly
/// what its changes applied as single messages leave: one generated stream of holdings and statuses — new items, items
/// moving record and library, a status before its holding, stale and repeated changes, the clock moving so versions
/// get pruned — once one message a change and once as runs through the bus, compared table by table.
/// </summary>
public sealed class ItemRunEquivalenceTests
{
    private static readonly string[] EastLibraries = ["ADD", "NNUH", "ELSEWHERE"];

    // The records the items belong to (built once: both ways must store the same correlation ids).
    private static readonly BibliographicRecordsChanged[] Records =
    [
        new()
        {
            SystemId = "koha-east",
            CorrelationId = Guid.NewGuid(),
            Records = [.. Enumerable.Range(1, 12).Select(i => Book("koha-east", $"{i}", Isbn(i / 3), at: Messages.T0))],
        },
        new()
        {
            SystemId = "koha-london",
            CorrelationId = Guid.NewGuid(),
            Records = [.. Enumerable.Range(1, 4).Select(i => Book("koha-london", $"{i}", Isbn(i), at: Messages.T0))],
        },
    ];

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_stream_applied_as_runs_leaves_the_same_tables_as_applied_one_message_at_a_time(string store)
    {
        var runs = Stream(seed: 36, operations: 300);
        Assert.Contains(runs, r => r.Count > 10);

        var singles = await ApplyAsync(store, runs, asRuns: false);
        var asRuns = await ApplyAsync(store, runs, asRuns: true);

        Assert.True(singles["source_items"].Count > 40, "the stream stores items");
        Assert.True(singles["cluster_versions"].Count > singles["clusters"].Count,
            $"item changes bump datestamps: {singles["cluster_versions"].Count} versions of {singles["clusters"].Count} clusters");
        Assert.Contains(singles["cluster_sets"], line => line.StartsWith("library:koha-east.NNUH|", StringComparison.Ordinal));
        foreach (var (table, rows) in singles)
        {
            Assert.True(rows.SequenceEqual(asRuns[table]), $"{table} differs: {rows.Count} rows one by one, {asRuns[table].Count} as runs; first difference: "
                + rows.Zip(asRuns[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    private static async Task<Dictionary<string, List<string>>> ApplyAsync(string store, List<List<ItemChange>> runs, bool asRuns)
    {
        var clock = new ManualClock(Messages.T0.AddDays(30));
        await using var catalogue = await CatalogueHarness.StartAsync(store, clock);
        foreach (var page in Records)
        {
            await catalogue.PublishAndConsumeAsync(page);
        }

        foreach (var run in runs)
        {
            if (asRuns)
            {
                var system = run[0].Holdings?.SystemId ?? run[0].Availability!.SystemId;
                await catalogue.PublishAndConsumeAsync(new ItemsChanged { SystemId = system, CorrelationId = Guid.NewGuid(), Changes = run });
            }
            else
            {
                foreach (var change in run)
                {
                    // What the single-message consumers do: one unit of work a message.
                    await catalogue.InScopeAsync(s => change.Holdings is { } h
                        ? s.GetRequiredService<ItemChangeIngest>().ApplyAsync(h, TestContext.Current.CancellationToken)
                        : s.GetRequiredService<ItemChangeIngest>().ApplyAsync(change.Availability!, TestContext.Current.CancellationToken));
                }
            }

            clock.Advance(TimeSpan.FromHours(3)); // versions older than a token's lifetime get pruned along the way
        }

        return await catalogue.QueryAsync(PageEquivalenceTests.Dump);
    }

    // Runs of 1-20 changes of one system, in the order they happened.
    private static List<List<ItemChange>> Stream(int seed, int operations)
    {
        var random = new Random(seed);
        var at = Messages.T0.AddHours(1);
        var sent = new List<ItemChange>();
        var changes = new List<ItemChange>();
        for (var i = 0; i < operations; i++)
        {
            at = at.AddMinutes(1);
            var london = random.Next(5) == 0;
            var system = london ? "koha-london" : "koha-east";
            var record = london ? $"{random.Next(1, 5)}" : $"{random.Next(1, 13)}";
            var item = $"{(london ? "l" : "e")}{random.Next(30)}";
            var library = london ? "BARTS" : EastLibraries[random.Next(EastLibraries.Length)];
            var when = random.Next(10) == 0 ? at.AddHours(-2) : at; // now and then a late, stale change
            ItemChange change = random.Next(10) switch
            {
                < 4 => new ItemChange
                {
                    Holdings = new HoldingsChanged
                    {
                        SystemId = system,
                        VendorRecordId = record,
                        SourceTimestamp = when,
                        CorrelationId = Guid.NewGuid(),
                        Items = [.. Enumerable.Range(0, random.Next(1, 3)).Select(k => new HoldingItem
                        {
                            VendorItemId = k == 0 ? item : $"{item}-{k}", LibraryCode = library, Location = $"L{random.Next(2)}",
                            CallNumber = $"WB {random.Next(3)}", SourceTimestamp = when,
                        })],
                    },
                },
                < 8 => new ItemChange
                {
                    Availability = new ItemAvailabilityChanged
                    {
                        SystemId = system,
                        VendorRecordId = record,
                        VendorItemId = item,
                        LibraryCode = library,
                        Status = random.Next(3) == 0 ? ItemStatuses.OnLoan : ItemStatuses.Available,
                        SourceTimestamp = when,
                        CorrelationId = Guid.NewGuid(),
                    },
                },
                _ when sent.Count > 0 => sent[random.Next(sent.Count)], // the same message again
                _ => new ItemChange
                {
                    Availability = new ItemAvailabilityChanged
                    {
                        SystemId = system,
                        VendorRecordId = record,
                        VendorItemId = item,
                        LibraryCode = library,
                        Status = ItemStatuses.Available,
                        SourceTimestamp = when,
                        CorrelationId = Guid.NewGuid(),
                    },
                },
            };
            sent.Add(change);
            changes.Add(change);
        }

        var runs = new List<List<ItemChange>>();
        foreach (var change in changes)
        {
            var system = change.Holdings?.SystemId ?? change.Availability!.SystemId;
            var last = runs.Count > 0 ? runs[^1] : null;
            if (last is null || last.Count >= 20 || (last[0].Holdings?.SystemId ?? last[0].Availability!.SystemId) != system
                || random.Next(8) == 0)
            {
                runs.Add([]);
            }

            runs[^1].Add(change);
        }

        return runs;
    }
}
