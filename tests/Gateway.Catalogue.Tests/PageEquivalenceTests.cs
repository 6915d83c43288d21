using Gateway.Catalogue.Consumers;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// A page applied at once (decision 0025) leaves exactly what its records applied one by one leave: the same stream
/// of changes and deletions of five systems, once as single messages and once as pages, compared table by table.
/// </summary>
public sealed class PageEquivalenceTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_stream_applied_as_pages_leaves_the_same_tables_as_applied_one_record_at_a_time(string store)
    {
        var units = ChangeStream.Units(editions: 400, operations: 900, seed: 25);
        Assert.InRange(units.OfType<List<BibliographicRecordChanged>>().Sum(p => p.Count), 1500, 3000);

        var singles = await ApplyAsync(store, units, asPages: false);
        var pages = await ApplyAsync(store, units, asPages: true);

        Assert.True(singles["clusters"].Count > 200, "the stream makes clusters");
        Assert.Contains(singles["cluster_audit"], line => line.StartsWith("merged|", StringComparison.Ordinal));
        Assert.Contains(singles["cluster_audit"], line => line.StartsWith("split|", StringComparison.Ordinal));
        Assert.NotEmpty(singles["ingest_problems"]);
        foreach (var (table, rows) in singles)
        {
            Assert.True(rows.SequenceEqual(pages[table]), $"{table} differs: {rows.Count} rows one by one, {pages[table].Count} as pages; first difference: "
                + rows.Zip(pages[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    private static async Task<Dictionary<string, List<string>>> ApplyAsync(string store, List<object> units, bool asPages)
    {
        var clock = new ManualClock(Messages.T0.AddDays(30));
        await using var catalogue = await CatalogueHarness.StartAsync(store, clock);
        foreach (var unit in units)
        {
            switch (unit)
            {
                case List<BibliographicRecordChanged> page when asPages:
                    await catalogue.InScopeAsync(s => s.GetRequiredService<RecordChangeIngest>().ApplyAllAsync(page, TestContext.Current.CancellationToken));
                    break;
                case List<BibliographicRecordChanged> page:
                    foreach (var change in page)
                    {
                        // What BibliographicRecordChangedConsumer does: one unit of work a message.
                        await catalogue.InScopeAsync(s => s.GetRequiredService<RecordChangeIngest>().ApplyAsync(change, TestContext.Current.CancellationToken));
                    }

                    break;
                case BibliographicRecordDeleted deletion:
                    await catalogue.PublishAndConsumeAsync(deletion);
                    break;
            }

            clock.Advance(TimeSpan.FromHours(1)); // versions older than a token's lifetime get pruned along the way
        }

        // Search rows follow in a second stage (decision 0030): both ways must mark the same clusters, and leave the same
        // rows once the marks are processed.
        var marked = await catalogue.QueryAsync(db => db.SearchDirtyClusters.Select(m => m.ClusterId).Distinct().OrderBy(id => id).ToListAsync());
        Assert.NotEmpty(marked);
        Assert.True(await catalogue.DrainSearchAsync() >= marked.Count, "every marked cluster is rebuilt");
        var tables = await catalogue.QueryAsync(Dump);
        tables["marked for search"] = marked;
        Assert.Empty(await catalogue.QueryAsync(db => db.SearchDirtyClusters.ToListAsync()));
        return tables;
    }

    /// <summary>Every table, one line a row, in key order (log tables in insertion order).</summary>
    internal static async Task<Dictionary<string, List<string>>> Dump(CatalogueDbContext db) => new()
    {
        ["source_records"] = await Lines(db.SourceRecords.OrderBy(r => r.Id).Select(r => new { r.SystemId, r.VendorRecordId, r.SourceTimestamp, r.IsDeleted, r.Title, r.DescriptionJson, r.MarcXml, r.StoredAt, r.LastCorrelationId })),
        ["source_items"] = await Lines(db.SourceItems.OrderBy(i => i.SystemId).ThenBy(i => i.VendorItemId)),
        ["ingest_watermarks"] = await Lines(db.IngestWatermarks.OrderBy(m => m.SystemId).ThenBy(m => m.Stream)),
        ["ingest_problems"] = await Lines(db.IngestProblems.OrderBy(p => p.SourceId).ThenBy(p => p.Kind)),
        ["clusters"] = await Lines(db.Clusters.OrderBy(c => c.Id)),
        ["cluster_members"] = await Lines(db.ClusterMemberships.OrderBy(m => m.SourceId)),
        ["cluster_keys"] = await Lines(db.ClusterKeys.OrderBy(k => k.Key).ThenBy(k => k.ClusterId)),
        ["cluster_audit"] = await Lines(db.ClusterAudit.OrderBy(e => e.Id).Select(e => new { e.Kind, e.ClusterId, e.SourceId, e.OtherClusterId, e.Key, e.MatchedSourceId, e.Detail, e.At })),
        ["cluster_versions"] = await Lines(db.ClusterVersions.OrderBy(v => v.Seq).Select(v => new { v.Seq, v.ClusterId, v.Datestamp })),
        ["cluster_sets"] = await Lines(db.ClusterSets.OrderBy(e => e.SetSpec).ThenBy(e => e.ClusterId)),
        ["cluster_search"] = await Lines(db.ClusterSearch.OrderBy(e => e.ClusterId).Select(e => new { e.ClusterId, e.TitleText, e.OtherText, e.TitleWords, e.Title, e.SummaryJson })),
    };

    // One line a row, its values in declaration order ("|"-separated), dates in UTC ticks.
    private static async Task<List<string>> Lines<T>(IQueryable<T> rows) where T : class
    {
        var list = await rows.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return [.. list.Select(row => string.Join('|', typeof(T).GetProperties().Select(p => p.GetValue(row) switch
        {
            DateTime d => d.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
        })))];
    }
}
