using System.Globalization;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Marc;

namespace Gateway.Clustering.Evaluation;

/// <summary>Makes the records of the false-merge traps from a generated record, with their truths.</summary>
internal static class TrapRecords
{
    private static readonly string[][] VolumeStyles = [["v. 1", "v. 2"], ["Vol. 1", "Vol. 2"], ["Volume I", "Volume II"], ["Part 1", "Part 2"]];

    /// <summary>The trap a pool edition takes part in (the same in every system), or null.</summary>
    public static string? For(Edition edition, TrapOptions options)
    {
        if (!edition.Key.StartsWith('P') || edition.Kind != MaterialKind.Book || edition.Isbn13 is null)
        {
            return null;
        }

        var roll = (int)(Hash(edition.Key) % 1000);
        return roll < options.ReusedIsbnPerMille ? TrapKind.ReusedIsbn
            : roll < options.ReusedIsbnPerMille + options.EbookPerMille ? TrapKind.EbookWithPrintIsbn
            : roll < options.ReusedIsbnPerMille + options.EbookPerMille + options.VolumesPerMille ? TrapKind.SetVolumes
            : null;
    }

    /// <summary>
    /// The record of the work's next edition that kept this edition's ISBN: the pool's next edition when the work has
    /// one (so its truth is that edition), else a made-up one three years on.
    /// </summary>
    public static (MarcRecord Record, string Truth) Reissue(SimBiblio biblio, int biblioId, EditionPool pool)
    {
        var index = int.Parse(biblio.Edition.Key.AsSpan(1), CultureInfo.InvariantCulture);
        var next = pool.Shared(index + 1);
        var edition = next.WorkKey == biblio.Edition.WorkKey
            ? next
            : biblio.Edition with { Key = biblio.Edition.Key + "/reissue", EditionNumber = biblio.Edition.EditionNumber + 1, Year = biblio.Edition.Year + 3, OclcNumber = null };
        var reissue = biblio with
        {
            BiblioId = biblioId, Edition = edition, OclcNumber = edition.OclcNumber,
            EditionStatement = Ordinal(edition.EditionNumber) + " ed.",
            DateOfPublication = edition.Year.ToString(CultureInfo.InvariantCulture) + ".",
        };
        return (KohaMarc.Build(reissue), edition.Key);
    }

    /// <summary>The e-book of this print edition, catalogued with the print ISBN.</summary>
    public static (MarcRecord Record, string Truth) Ebook(SimBiblio biblio, int biblioId)
    {
        var edition = biblio.Edition with { Key = biblio.Edition.Key + "/ebook", Kind = MaterialKind.EBook, Url = "https://doi.org/10.5555/" + biblio.Edition.Isbn13 };
        var ebook = biblio with
        {
            BiblioId = biblioId, Edition = edition, OclcNumber = null, IsbnQualifier = "print", ItemType = "EBOOK",
            Url = edition.Url, Extent = "1 online resource (" + edition.Pages.ToString(CultureInfo.InvariantCulture) + " pages)",
        };
        return (KohaMarc.Build(ebook), edition.Key);
    }

    /// <summary>Volumes 1 and 2 of the set this record describes, each with the set's ISBN; the volume wording is the system's.</summary>
    public static IEnumerable<(MarcRecord Record, string Truth)> Volumes(SimBiblio biblio, int firstId, int style)
    {
        var words = VolumeStyles[style % VolumeStyles.Length];
        for (var volume = 0; volume < 2; volume++)
        {
            var record = KohaMarc.Build(biblio with { BiblioId = firstId + volume, OclcNumber = null });
            var at = record.Fields.FindIndex(f => f.Tag == "245");
            var title = (DataField)record.Fields[at];
            var subfields = title.Subfields.ToList();
            subfields.Insert(subfields.FindIndex(s => s.Code == 'a') + 1, new Subfield('n', words[volume]));
            record.Fields[at] = title with { Subfields = subfields };
            yield return (record, biblio.Edition.Key + "/v" + (volume + 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
