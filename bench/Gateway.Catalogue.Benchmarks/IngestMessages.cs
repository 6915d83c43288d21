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
    public static IEnumerable<BibliographicRecordChanged> Generate(int systems, int recordsPerSystem, int seed) =>
        GenerateWithLibraries(systems, recordsPerSystem, seed, _ => { }).Select(r => r.Message);

    /// <summary>
    /// As <see cref="Generate"/>, with the codes of the libraries holding each record's items; <paramref name="created"/>
    /// sees each system's generated catalogue first (its libraries, for the registry).
    /// </summary>
    public static IEnumerable<(BibliographicRecordChanged Message, IReadOnlyList<string> Libraries)> GenerateWithLibraries(
        int systems, int recordsPerSystem, int seed, Action<SystemCatalogue> created)
    {
        var enumerators = Systems.Take(systems)
            .Select(id =>
            {
                var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = id, Seed = seed, RecordCount = recordsPerSystem });
                created(catalogue);
                return Of(catalogue).GetEnumerator();
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
                        yield return enumerators[i].Current;
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

    private static IEnumerable<(BibliographicRecordChanged, IReadOnlyList<string>)> Of(SystemCatalogue catalogue)
    {
        foreach (var biblio in catalogue.Current.Biblios)
        {
            var record = KohaMarc.Build(biblio);
            record.Fields.RemoveAll(f => f.Tag == "999");
            IReadOnlyList<string> libraries = [.. biblio.Items.Select(i => i.HomeLibraryId).Distinct(StringComparer.Ordinal)];
            yield return (new BibliographicRecordChanged
            {
                SystemId = catalogue.SystemId,
                VendorRecordId = biblio.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SourceTimestamp = biblio.Timestamp,
                CorrelationId = Guid.NewGuid(),
                Description = DescriptionExtractor.Extract(record),
                MarcXml = MarcXmlWriter.ToXml(record),
            }, libraries);
        }
    }
}
