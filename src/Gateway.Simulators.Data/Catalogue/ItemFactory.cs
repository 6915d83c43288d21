using System.Globalization;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>Makes a record's copies: a few for books, none or one for e-books, a journal run for serials.</summary>
internal static class ItemFactory
{
    public static int CountFor(MaterialKind kind, Prng r) => kind switch
    {
        MaterialKind.Serial => r.Next(50, 300),
        MaterialKind.EBook => r.Chance(0.6) ? 0 : 1,
        _ => r.Next(100) switch { < 45 => 1, < 70 => 2, < 85 => 3, _ => r.Next(4, 9) },
    };

    public static SimItem[] Create(SimBiblio biblio, int count, int firstItemId, IReadOnlyList<LibraryInfo> libraries,
        Prng r, DateTimeOffset anchor)
    {
        var items = new SimItem[count];
        var runLibrary = r.Next(libraries.Count);
        for (var i = 0; i < count; i++)
        {
            var libraryIndex = biblio.Kind == MaterialKind.Serial ? runLibrary : r.Next(libraries.Count);
            var library = libraries[libraryIndex].Code;
            var itemId = firstItemId + i;
            var span = Math.Max(1, (long)(anchor - biblio.CreatedAt).TotalSeconds);
            var timestamp = biblio.CreatedAt.AddSeconds(r.Chance(0.5) ? 0 : r.NextLong(0, span));
            var item = new SimItem
            {
                ItemId = itemId, BiblioId = biblio.BiblioId, Barcode = Barcode(libraryIndex, itemId),
                HomeLibraryId = library, HoldingLibraryId = library, Location = "GEN", CallNumber = biblio.CallNumber,
                ItemTypeId = biblio.ItemType, AcquisitionDate = DateOnly.FromDateTime(biblio.CreatedAt.UtcDateTime),
                Timestamp = timestamp, CopyNumber = biblio.Kind == MaterialKind.Book && count > 1 ? CatalogueText.Shared("c." + (i + 1).ToString(CultureInfo.InvariantCulture)) : null,
                CheckoutsCount = biblio.Kind == MaterialKind.Book ? r.Next(0, 60) : 0, ReplacementPrice = biblio.Kind == MaterialKind.Book ? r.Next(15, 120) : null,
            };
            items[i] = biblio.Kind switch
            {
                MaterialKind.Serial => SerialIssue(item, biblio, count - 1 - i, r, anchor.Year),
                MaterialKind.EBook => item with { Location = "ONLINE", Uri = biblio.Url, NotForLoanStatus = 0 },
                _ => Book(item, r, biblio.CreatedAt, anchor),
            };
        }

        return items;
    }

    /// <summary>A Koha-style numeric barcode, unique within the system.</summary>
    public static string Barcode(int libraryIndex, int itemId) =>
        "3" + (libraryIndex + 10).ToString(CultureInfo.InvariantCulture) + itemId.ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>Reference copies, short loans, current loans (borrowed in the weeks before the anchor) and the odd lost, damaged or withdrawn copy.</summary>
    private static SimItem Book(SimItem item, Prng r, DateTimeOffset createdAt, DateTimeOffset anchor)
    {
        var roll = r.Next(1000);
        var loanedAt = anchor.AddDays(-r.Next(0, 21)).AddSeconds(-r.Next(86_400));
        loanedAt = loanedAt < createdAt ? createdAt : loanedAt;
        var loanDay = DateOnly.FromDateTime(loanedAt.UtcDateTime);
        var at = item.Timestamp;
        return roll switch
        {
            < 70 => item with { Location = "REF", ItemTypeId = "REF", NotForLoanStatus = 1 },
            < 90 => item with { Location = "SHORT", ItemTypeId = "SL" },
            < 240 => item with { CheckedOutDate = loanDay.AddDays(r.Next(14, 29)), LastCheckoutDate = loanDay, Timestamp = loanedAt },
            < 250 => item with { LostStatus = 1, LostDate = at },
            < 265 => item with { DamagedStatus = 1, DamagedDate = at },
            < 275 => item with { Withdrawn = 1, WithdrawnDate = at, Location = "STORE" },
            _ => item,
        };
    }

    private static SimItem SerialIssue(SimItem item, SimBiblio biblio, int back, Prng r, int lastYear)
    {
        const int IssuesPerYear = 6;
        var year = Math.Max(biblio.Year, lastYear - (back / IssuesPerYear));
        var volume = year - biblio.Year + 1;
        var issue = IssuesPerYear - (back % IssuesPerYear);
        var enumeration = CatalogueText.Shared(string.Create(CultureInfo.InvariantCulture, $"Vol. {volume}, no. {issue} ({year})"));
        return item with
        {
            Location = "JNL", SerialIssueNumber = enumeration, NotForLoanStatus = r.Chance(0.6) ? 1 : 0,
            AcquisitionDate = new DateOnly(year, (issue * 2) - 1, 1),
        };
    }
}
