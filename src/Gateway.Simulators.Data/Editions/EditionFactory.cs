using System.Globalization;
using Gateway.Simulators.Data.Identifiers;
using Gateway.Simulators.Data.Randomness;
using Gateway.Simulators.Data.Vocabulary;

namespace Gateway.Simulators.Data.Editions;

/// <summary>Builds editions from random streams: one for the work (shared by its editions), one for the edition.</summary>
internal static class EditionFactory
{
    private const int LatestYear = 2026;
    private static readonly string[] OtherLanguages = ["fre", "ger", "spa", "wel"];

    public static Edition Book(string key, string workKey, Prng work, int slot, Prng edition)
    {
        var topic = work.Pick(Topics.All);
        var title = TextCase.Sentence(string.Format(CultureInfo.InvariantCulture, work.Pick(TitleWords.Patterns), topic.Name));
        var subtitle = work.Chance(0.6) ? work.Pick(TitleWords.Subtitles) : null;
        var authors = Authors(work);
        var editors = work.Chance(0.25);
        var publisher = Publishers.PickBook(work.Next(1000));
        var baseEdition = work.Chance(0.4) ? 1 : work.Next(2, 7);
        var year = Math.Min(LatestYear, work.Next(1985, 2021) + (slot * work.Next(3, 7)));
        var isbn = MakeIsbn13(publisher.IsbnPrefixes.Count == 0 ? "1" : edition.Pick(publisher.IsbnPrefixes), edition);
        var ebook = edition.Chance(0.10);
        return new Edition
        {
            Key = key, WorkKey = workKey, Kind = ebook ? MaterialKind.EBook : MaterialKind.Book,
            Title = title, Subtitle = subtitle, Authors = authors, AuthorsAreEditors = editors,
            EditionNumber = baseEdition + slot, PublisherName = publisher.Name, Place = publisher.Place,
            CountryCode = publisher.CountryCode, Year = year, Isbn13 = isbn,
            PrefersIsbn10 = year < 2007 && edition.Chance(0.7), OclcNumber = Oclc(year, edition),
            Topic = topic, Subjects = Subjects(topic, work), Pages = edition.Next(120, 1400),
            Illustrated = edition.Chance(0.7), HeightCm = edition.Next(19, 31),
            Url = ebook ? "https://doi.org/10.5555/" + isbn : null,
            Language = edition.Chance(0.98) ? "eng" : edition.Pick(OtherLanguages),
        };
    }

    public static Edition Serial(string key, Prng random)
    {
        var topic = random.Pick(Topics.All);
        var title = random.Chance(0.5)
            ? random.Pick(TitleWords.SerialTitles)
            : TextCase.Sentence(string.Format(CultureInfo.InvariantCulture, random.Pick(TitleWords.SerialPatterns), topic.Name));
        var publisher = Publishers.PickSerial(random.Next(1000));
        var issnDigits = string.Create(7, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = r.Digit();
            }
        });
        var year = random.Next(1950, 2010);
        return new Edition
        {
            Key = key, WorkKey = key, Kind = MaterialKind.Serial, Title = title, Authors = [],
            PublisherName = publisher.Name, Place = publisher.Place, CountryCode = publisher.CountryCode, Year = year,
            Issn = Issn.Format(issnDigits), OclcNumber = random.NextLong(1_000_000, 60_000_000), Topic = topic,
            Subjects = Subjects(topic, random), HeightCm = 30, Illustrated = true,
        };
    }

    public static Edition LocalPublication(string key, Prng random, string publisher, string place)
    {
        var topic = random.Pick(Topics.All);
        string[] patterns = ["{0} guidelines", "{0}: local policy and procedures", "{0} induction pack", "Annual report on {0} services"];
        var title = TextCase.Sentence(string.Format(CultureInfo.InvariantCulture, random.Pick(patterns), topic.Name));
        return new Edition
        {
            Key = key, WorkKey = key, Kind = MaterialKind.Book, Title = title, Authors = [],
            PublisherName = publisher, Place = place, CountryCode = "enk", Year = random.Next(2005, LatestYear + 1),
            Topic = topic, Subjects = [topic.Headings[0]], Pages = random.Next(20, 120), HeightCm = 30,
        };
    }

    private static string[] Authors(Prng work)
    {
        var count = work.Chance(0.5) ? 1 : work.Next(2, 4);
        var authors = new string[count];
        for (var i = 0; i < count; i++)
        {
            var initial = work.Chance(0.3) ? " " + (char)('A' + work.Next(26)) + "." : "";
            authors[i] = work.Pick(PersonNames.Surnames) + ", " + work.Pick(PersonNames.Forenames) + initial;
        }

        return authors;
    }

    private static string[] Subjects(Topic topic, Prng random)
    {
        var count = random.Next(1, topic.Headings.Count + 1);
        return [.. topic.Headings.Take(count)];
    }

    private static string MakeIsbn13(string prefix, Prng random)
    {
        Span<char> digits = stackalloc char[12];
        "978".AsSpan().CopyTo(digits);
        prefix.AsSpan().CopyTo(digits[3..]);
        for (var i = 3 + prefix.Length; i < 12; i++)
        {
            digits[i] = random.Digit();
        }

        return string.Concat(digits, [Isbn.Isbn13CheckDigit(digits)]);
    }

    /// <summary>OCLC numbers grew from about 10 million (1985) to over a billion (2020s).</summary>
    private static long? Oclc(int year, Prng random)
    {
        if (random.Chance(0.08))
        {
            return null;
        }

        var baseNumber = Math.Pow(10, 7 + ((year - 1985) * 2.1 / 41.0));
        return (long)(baseNumber * (0.8 + (random.NextDouble() * 0.4)));
    }
}
