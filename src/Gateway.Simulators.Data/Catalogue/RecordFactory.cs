using System.Globalization;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Identifiers;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>Catalogues an edition the way one system would: its own punctuation, case, rules and omissions.</summary>
internal static class RecordFactory
{
    private static readonly string[] Preliminaries = ["viii", "x", "xii", "xiv", "xvi", "xx", "xxiv"];

    public static SimBiblio Create(Edition edition, int biblioId, SystemStyle style, Prng r, DateTimeOffset createdAt, DateTimeOffset timestamp)
    {
        var rda = r.Chance(style.RdaShare);
        var isbd = !rda || !r.Chance(style.IsbdOmittedShare);
        var titleCase = r.Chance(style.TitleCaseShare);
        var title = titleCase ? TextCase.Title(edition.Title) : edition.Title;
        var subtitle = edition.Subtitle is null || r.Chance(style.DropSubtitleShare) ? null
            : titleCase ? TextCase.Title(edition.Subtitle) : edition.Subtitle;
        var responsibility = Responsibility(edition, rda);
        var people = edition.Authors.Select(a => Name(a, rda, isbd)).ToList();
        var (isbn, qualifier) = IsbnAsCatalogued(edition, style, rda, r);
        return new SimBiblio
        {
            BiblioId = biblioId, Edition = edition,
            Title = CatalogueText.Punctuate(title, subtitle is not null ? ":" : responsibility is not null ? "/" : ".", isbd),
            Subtitle = subtitle is null ? null : CatalogueText.Punctuate(subtitle, responsibility is not null ? "/" : ".", isbd),
            Responsibility = responsibility is null ? null : CatalogueText.Punctuate(responsibility, ".", isbd),
            Author = edition.AuthorsAreEditors || people.Count == 0 ? null : people[0],
            AddedAuthors = edition.AuthorsAreEditors ? people : people.Skip(1).ToList(),
            AuthorsAreEditors = edition.AuthorsAreEditors,
            EditionStatement = edition.EditionNumber <= 1 || edition.Kind == MaterialKind.Serial ? null
                : CatalogueText.Shared(CatalogueText.EditionStatement(edition.EditionNumber, rda, r.Chance(0.5))),
            Place = CatalogueText.Shared(CatalogueText.Punctuate(edition.Place, ":", isbd)),
            Publisher = CatalogueText.Shared(CatalogueText.Punctuate(edition.PublisherName, ",", isbd)),
            DateOfPublication = CatalogueText.Shared(DateOfPublication(edition, rda, isbd, r)),
            UsesRda = rda, IsbdPunctuation = isbd, Isbn = isbn, IsbnQualifier = qualifier, Issn = edition.Issn,
            OclcNumber = r.Chance(style.MissingOclcShare) ? null : edition.OclcNumber,
            Extent = CatalogueText.Shared(Extent(edition, rda, isbd, r)),
            Illustrations = edition.Illustrated ? CatalogueText.Shared(CatalogueText.Punctuate(rda ? "illustrations" : "ill.", ";", isbd)) : null,
            Dimensions = CatalogueText.Shared(edition.HeightCm.ToString(CultureInfo.InvariantCulture) + (rda ? " cm" : " cm.")),
            Subjects = edition.Subjects, Url = edition.Url,
            ItemType = edition.Kind switch { MaterialKind.EBook => "EBOOK", MaterialKind.Serial => "JNL", _ => "BK" },
            CallNumber = CallNumber(edition, r), FrameworkCode = edition.Kind == MaterialKind.Serial ? "SER" : "",
            CreatedAt = createdAt, Timestamp = timestamp,
        };
    }

    private static string? Responsibility(Edition edition, bool rda)
    {
        if (edition.Authors.Count == 0)
        {
            return null;
        }

        var names = edition.Authors.Select(CatalogueText.DirectOrder).ToList();
        var joined = !rda && names.Count > 3 ? names[0] + " ... [et al.]" : CatalogueText.JoinNames(names);
        return edition.AuthorsAreEditors ? "edited by " + joined : joined;
    }

    private static string Name(string inverted, bool rda, bool isbd) =>
        rda ? inverted + (isbd ? "," : "") : CatalogueText.Punctuate(inverted, ".", isbd);

    private static (string? Isbn, string? Qualifier) IsbnAsCatalogued(Edition edition, SystemStyle style, bool rda, Prng r)
    {
        if (edition.Isbn13 is null || r.Chance(style.MissingIsbnShare))
        {
            return (null, null);
        }

        var number = edition.PrefersIsbn10 ? Isbn.ToIsbn10(edition.Isbn13)! : edition.Isbn13;
        var roll = r.Next(10);
        var (aacr, rdaWord) = edition.Kind == MaterialKind.EBook ? ("(ebook)", "ebook")
            : roll < 6 ? ("(pbk.)", "paperback") : roll < 8 ? ("(hbk.)", "hardback") : (null, null);
        return aacr is null ? (number, null) : rda ? (number, rdaWord) : (number + " " + aacr, null);
    }

    private static string DateOfPublication(Edition edition, bool rda, bool isbd, Prng r)
    {
        var year = edition.Year.ToString(CultureInfo.InvariantCulture);
        var text = edition.Kind == MaterialKind.Serial ? year + "-" : rda && r.Chance(0.2) ? "[" + year + "]" : !rda && r.Chance(0.15) ? "c" + year : year;
        return isbd && !text.EndsWith('-') ? text + "." : text;
    }

    private static string Extent(Edition edition, bool rda, bool isbd, Prng r)
    {
        var pages = edition.Pages.ToString(CultureInfo.InvariantCulture);
        var text = edition.Kind switch
        {
            MaterialKind.Serial => rda ? "volumes" : "v.",
            MaterialKind.EBook => "1 online resource (" + pages + " pages)",
            _ => r.Pick(Preliminaries) + ", " + pages + (rda ? " pages" : " p."),
        };
        return CatalogueText.Punctuate(text, edition.Illustrated ? ":" : ";", isbd);
    }

    private static string CallNumber(Edition edition, Prng r)
    {
        if (edition.Kind == MaterialKind.Serial)
        {
            return "Journals";
        }

        var cutterSource = edition.Authors.Count > 0 && !edition.AuthorsAreEditors ? edition.Authors[0] : edition.Title;
        var cutter = new string([.. cutterSource.Where(char.IsAsciiLetter).Take(3)]).ToUpperInvariant();
        var number = 100 + (int)(StableHash.Of(edition.WorkKey) % 900);
        var separator = r.Chance(0.1) ? "." : " ";
        return CatalogueText.Shared(edition.Topic.NlmClass + " " + number.ToString(CultureInfo.InvariantCulture) + separator + cutter);
    }
}
