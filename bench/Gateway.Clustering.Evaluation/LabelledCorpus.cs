using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;

namespace Gateway.Clustering.Evaluation;

/// <summary>
/// The labelled corpus: the generated catalogues of several systems over one edition pool (the generator knows
/// which records describe the same edition), with extra cataloguing noise and the false-merge traps added, each
/// record carrying its truth.
/// </summary>
internal static class LabelledCorpus
{
    public static readonly string[] DemoSystems = ["koha-east", "koha-london", "koha-midlands", "axiell-swims", "oclc-northeast"];

    public static IReadOnlyList<CorpusRecord> Build(CorpusOptions options)
    {
        var noise = new CatalogueNoise(options.Noise);
        var records = new List<CorpusRecord>();
        foreach (var (systemId, index) in options.Systems.Select((s, i) => (s, i)))
        {
            var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = systemId, Seed = options.Seed, RecordCount = options.RecordsPerSystem });
            var random = new Random(options.Seed * 31 + index);
            var nextId = catalogue.Current.Biblios.Max(b => b.BiblioId) + 1;
            foreach (var biblio in catalogue.Current.Biblios)
            {
                var trap = TrapRecords.For(biblio.Edition, options.Traps);
                var made = new List<(Gateway.Marc.MarcRecord Record, string Truth, string? Trap)>();
                if (trap == TrapKind.SetVolumes)
                {
                    made.AddRange(TrapRecords.Volumes(biblio, nextId, index).Select(v => (v.Record, v.Truth, (string?)trap)));
                    nextId += 2;
                }
                else
                {
                    made.Add((KohaMarc.Build(biblio), biblio.EditionKey, null));
                }

                if (trap == TrapKind.ReusedIsbn && random.NextDouble() < options.Traps.HeldShare)
                {
                    var (record, truth) = TrapRecords.Reissue(biblio, nextId++, catalogue.Pool);
                    made.Add((record, truth, trap));
                }
                else if (trap == TrapKind.EbookWithPrintIsbn && random.NextDouble() < options.Traps.HeldShare)
                {
                    var (record, truth) = TrapRecords.Ebook(biblio, nextId++);
                    made.Add((record, truth, trap));
                }

                foreach (var (record, truth, madeFor) in made)
                {
                    var id = record.ControlValue("001")!;
                    records.Add(new CorpusRecord($"{systemId}:{id}", systemId, truth, biblio.Edition.WorkKey, madeFor, noise.Apply(record, systemId, random)));
                }
            }
        }

        return records;
    }
}
