using Gateway.Contracts;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// The change events a full load of several systems publishes: each system's generated catalogue (one edition pool,
/// so records overlap across systems as in the demo), mapped the way the Koha adapter maps a record (description
/// extracted, MARCXML without items), made on demand so a million never sit in memory at once.
/// </summary>
internal static class IngestMessages
{
    public static readonly string[] Systems = ["koha-east", "koha-london", "koha-midlands", "axiell-swims", "oclc-northeast"];

    /// <summary>The systems' records interleaved (one of each system in turn), as adapters running side by side publish them.</summary>
    public static IEnumerable<BibliographicRecordChanged> Generate(int systems, int recordsPerSystem, int seed, double sharedFraction) =>
        Generate(systems, recordsPerSystem, seed, sharedFraction, 1).Select(page => page[0]);

    /// <summary>The systems' records in pages of <paramref name="pageSize"/> of one system, one page of each system in turn.</summary>
    public static IEnumerable<List<BibliographicRecordChanged>> Generate(int systems, int recordsPerSystem, int seed, double sharedFraction, int pageSize)
    {
        var enumerators = Systems.Take(systems)
            .Select(id => Of(SystemCatalogue.Create(new CatalogueOptions { SystemId = id, Seed = seed, RecordCount = recordsPerSystem, SharedFraction = sharedFraction })).Chunk(pageSize).GetEnumerator())
            .ToList();
        try
        {
            while (enumerators.Count > 0)
            {
                for (var i = enumerators.Count - 1; i >= 0; i--)
                {
                    if (enumerators[i].MoveNext())
                    {
                        yield return [.. enumerators[i].Current];
                    }
                    else
                    {
                        enumerators[i].Dispose();
                        enumerators.RemoveAt(i);
                    }
                }
            }
        }
        finally
        {
            enumerators.ForEach(e => e.Dispose());
        }
    }

    /// <summary>
    /// One record of each system in turn, with the codes of the libraries holding each record's items (the search
    /// benchmark's store); <paramref name="created"/> sees each system's generated catalogue first (its libraries, for
    /// the registry).
    /// </summary>
    public static IEnumerable<(BibliographicRecordChanged Message, IReadOnlyList<string> Libraries)> GenerateWithLibraries(
        int systems, int recordsPerSystem, int seed, Action<SystemCatalogue> created)
    {
        var enumerators = Systems.Take(systems)
            .Select(id =>
            {
                var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = id, Seed = seed, RecordCount = recordsPerSystem });
                created(catalogue);
                return catalogue.Current.Biblios.Zip(Of(catalogue)).GetEnumerator();
            })
            .ToList();
        try
        {
            while (enumerators.Count > 0)
            {
                for (var i = enumerators.Count - 1; i >= 0; i--)
                {
                    if (enumerators[i].MoveNext())
                    {
                        var (biblio, message) = enumerators[i].Current;
                        yield return (message, [.. biblio.Items.Select(item => item.HomeLibraryId).Distinct(StringComparer.Ordinal)]);
                    }
                    else
                    {
                        enumerators[i].Dispose();
                        enumerators.RemoveAt(i);
                    }
                }
            }
        }
        finally
        {
            enumerators.ForEach(e => e.Dispose());
        }
    }

    private static IEnumerable<BibliographicRecordChanged> Of(SystemCatalogue catalogue)
    {
        foreach (var biblio in catalogue.Current.Biblios)
        {
            var record = KohaMarc.Build(biblio);
            record.Fields.RemoveAll(f => f.Tag == "999");
            yield return new BibliographicRecordChanged
            {
                SystemId = catalogue.SystemId,
                VendorRecordId = biblio.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SourceTimestamp = biblio.Timestamp,
                CorrelationId = Guid.NewGuid(),
                Description = DescriptionExtractor.Extract(record),
                MarcXml = MarcXmlWriter.ToXml(record),
            };
        }
    }
}
