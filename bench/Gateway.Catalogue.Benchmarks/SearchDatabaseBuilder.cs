using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Clustering;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// Builds a search benchmark's catalogue by the clustering code and bulk inserts, not the ingest path (at today's
/// ingest rate a million records would take more than an hour): the generated records of every system (the ingest
/// benchmark's generator: one edition pool, so systems overlap), each record's match record from its MARCXML as
/// ingest builds it, all placed by one in-memory <see cref="ClusterSet"/> in arrival order (the rules ingest applies),
/// then the rows ingest would have written — source records (with MARCXML), clusters, memberships, match keys, sets
/// (system, region, and the libraries holding the record's generated items), one datestamp version a cluster and the
/// search entries (FTS5 triggers or the generated tsvector included) — inserted through the EF model in chunks.
/// Not written: items (their libraries are in the sets), the audit log.
/// </summary>
internal sealed class SearchDatabaseBuilder(IServiceProvider services)
{
    private const int Chunk = 5_000;

    public async Task<SearchCorpus> BuildAsync(int systems, int recordsPerSystem, int seed)
    {
        var corpus = new SearchCorpus();
        var set = new ClusterSet();
        var now = DateTimeOffset.UtcNow;
        var descriptions = new Dictionary<string, BibliographicDescription>(StringComparer.Ordinal);
        var libraries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var records = new List<SourceRecord>(Chunk);
        var watch = Stopwatch.StartNew();
        var count = 0;
        var random = new Random(seed);

        var generated = IngestMessages.GenerateWithLibraries(systems, recordsPerSystem, seed, catalogue =>
        {
            corpus.Libraries[catalogue.SystemId] = [.. catalogue.Libraries.Select(l => l.Code)];
            corpus.Regions[catalogue.SystemId] = catalogue.SystemId.Split('-')[1];
        });
        foreach (var (message, holding) in generated)
        {
            var (match, _) = MatchRecords.Of(message);
            set.Upsert(match, now);
            descriptions[match.SourceId] = message.Description;
            libraries[match.SourceId] = holding;
            Sample(corpus, message.Description, random);
            records.Add(new SourceRecord
            {
                SystemId = message.SystemId, VendorRecordId = message.VendorRecordId, SourceTimestamp = message.SourceTimestamp.UtcDateTime,
                Title = message.Description.Title, DescriptionJson = JsonSerializer.Serialize(message.Description, CatalogueJson.Options),
                MarcXml = message.MarcXml, StoredAt = now.UtcDateTime, LastCorrelationId = message.CorrelationId,
            });
            if (records.Count == Chunk)
            {
                await SaveAsync(records);
                records.Clear();
            }

            if (++count % 50_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds,6:F0} s  {count,10:N0} records clustered and stored"));
            }
        }

        await SaveAsync(records);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds,6:F0} s  {count,10:N0} records; writing {set.ClusterIds.Count:N0} clusters"));

        var rows = new List<object>();
        foreach (var clusterId in set.ClusterIds.Order(StringComparer.Ordinal))
        {
            rows.AddRange(ClusterRows(clusterId, set.Members(clusterId), descriptions, libraries, corpus, now.UtcDateTime));
            if (rows.Count >= Chunk * 4)
            {
                await SaveAsync(rows);
                rows.Clear();
            }
        }

        await SaveAsync(rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds,6:F0} s  built: {count:N0} source records, {set.ClusterIds.Count:N0} clusters"));
        return corpus;
    }

    private static IEnumerable<object> ClusterRows(
        string clusterId, IReadOnlyList<ClusterMember> members, Dictionary<string, BibliographicDescription> descriptions,
        Dictionary<string, IReadOnlyList<string>> libraries, SearchCorpus corpus, DateTime now)
    {
        yield return new Cluster { Id = clusterId, CreatedAt = now, Datestamp = now, MemberCount = members.Count };
        yield return new ClusterVersion { ClusterId = clusterId, Datestamp = now };
        foreach (var key in members.SelectMany(m => MatchKey.Of(m.Record)).Select(k => k.ToString()).Distinct(StringComparer.Ordinal))
        {
            yield return new ClusterKeyEntry { Key = key, ClusterId = clusterId };
        }

        var specs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            yield return new ClusterMembership
            {
                SourceId = member.SourceId, ClusterId = clusterId, JoinedVia = member.JoinedVia?.ToString(), MatchedSourceId = member.MatchedSourceId,
                JoinedAt = member.JoinedAt.UtcDateTime, MatchJson = JsonSerializer.Serialize(member.Record, CatalogueJson.Options),
            };
            var systemId = member.SourceId[..member.SourceId.IndexOf(':', StringComparison.Ordinal)];
            specs.UnionWith([OaiSets.SystemParent, OaiSets.System(systemId), OaiSets.RegionParent, OaiSets.Region(corpus.Regions[systemId])]);
            foreach (var code in libraries[member.SourceId])
            {
                specs.UnionWith([OaiSets.LibraryParent, OaiSets.Library(systemId, code)]);
            }
        }

        foreach (var spec in specs)
        {
            yield return new ClusterSetEntry { SetSpec = spec, ClusterId = clusterId };
        }

        var document = SearchDocument.Of(members.ToDictionary(m => m.SourceId, m => descriptions[m.SourceId], StringComparer.Ordinal));
        yield return new ClusterSearchEntry
        {
            ClusterId = clusterId, TitleText = document.TitleText, OtherText = document.OtherText, TitleWords = document.TitleWords,
            Title = document.Title, SummaryJson = JsonSerializer.Serialize(document.Summary, CatalogueJson.Options),
        };
    }

    private static void Sample(SearchCorpus corpus, BibliographicDescription description, Random random)
    {
        if (random.Next(20) != 0)
        {
            return;
        }

        var words = TextFolding.Fold(description.Title).Split(' ').Where(w => w.Length >= 4).ToList();
        if (words.Count > 0)
        {
            corpus.TitleWords.Add(words[random.Next(words.Count)]);
        }

        corpus.Isbns.AddRange(description.Isbns.Take(1));
        corpus.OclcNumbers.AddRange(description.OclcNumbers.Take(1));
    }

    private async Task SaveAsync(IEnumerable<object> rows)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
