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

    public static (SimItem[] Items, InitialState[] States) Create(SimBiblio biblio, int count, int firstItemId, ItemContext context,
        Prng r, DateTimeOffset anchor)
    {
        var libraries = context.Libraries;
        var items = new SimItem[count];
        var states = new InitialState[count];
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
                HomeLibraryId = library, HoldingLibraryId = library, Location = ShelvingCodes.General, CallNumber = biblio.CallNumber,
                ItemTypeId = biblio.ItemType, AcquisitionDate = DateOnly.FromDateTime(biblio.CreatedAt.UtcDateTime),
                Timestamp = timestamp, CopyNumber = biblio.Kind == MaterialKind.Book && count > 1 ? CatalogueText.Shared("c." + (i + 1).ToString(CultureInfo.InvariantCulture)) : null,
                CheckoutsCount = biblio.Kind == MaterialKind.Book ? r.Next(0, 60) : 0, ReplacementPrice = biblio.Kind == MaterialKind.Book ? r.Next(15, 120) : null,
            };
            (items[i], states[i]) = biblio.Kind switch
            {
                MaterialKind.Serial => (SerialIssue(item, biblio, count - 1 - i, r, anchor.Year), InitialState.Shelf),
                MaterialKind.EBook => (item with { Location = ShelvingCodes.Online, Uri = biblio.Url, NotForLoanStatus = 0 }, InitialState.Shelf),
                _ => Book(item, r, biblio.CreatedAt, anchor),
            };
            items[i] = Shelve(items[i], biblio.Kind, context);
        }

        return (items, states);
    }

    /// <summary>
    /// Collection code and, for open-shelf copies, one of the library's locations. Drawn from a stream of its own
    /// (keyed by item id) so the record's stream, and so every other value, stays as it was.
    /// </summary>
    private static SimItem Shelve(SimItem item, MaterialKind kind, ItemContext context)
    {
        var shelving = context.ShelvingOf(item.HomeLibraryId);
        var s = context.Stream("shelf", item.ItemId);
        var books = shelving.Collections.Where(c => c is not ("JNL" or "EBK")).ToList();
        var collection = kind switch { MaterialKind.Serial => "JNL", MaterialKind.EBook => "EBK", _ => s.Pick(books) };
        var location = item.Location != ShelvingCodes.General ? item.Location : s.Next(100) switch
        {
            < 75 => ShelvingCodes.General,
            < 85 => ShelvingCodes.QuietStudy,
            < 95 => shelving.SatelliteLocation,
            _ => ShelvingCodes.NewBooks,
        };
        return item with { CollectionCode = CatalogueText.Shared(collection), Location = CatalogueText.Shared(location) };
    }

    /// <summary>A Koha-style numeric barcode, unique within the system.</summary>
    public static string Barcode(int libraryIndex, int itemId) =>
        "3" + (libraryIndex + 10).ToString(CultureInfo.InvariantCulture) + itemId.ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reference copies, short loans, current loans (borrowed in the weeks before the anchor), the odd lost, damaged or
    /// withdrawn copy, copies on order (NOT_LOAN -1), travelling between libraries, and allocated to holds.
    /// </summary>
    private static (SimItem Item, InitialState State) Book(SimItem item, Prng r, DateTimeOffset createdAt, DateTimeOffset anchor)
    {
        var roll = r.Next(1000);
        var loanedAt = anchor.AddDays(-r.Next(0, 21)).AddSeconds(-r.Next(86_400));
        loanedAt = loanedAt < createdAt ? createdAt : loanedAt;
        var loanDay = DateOnly.FromDateTime(loanedAt.UtcDateTime);
        var at = item.Timestamp;
        return roll switch
        {
            < 70 => (item with { Location = ShelvingCodes.Reference, ItemTypeId = "REF", NotForLoanStatus = 1 }, InitialState.Shelf),
            < 90 => (item with { Location = ShelvingCodes.ShortLoan, ItemTypeId = "SL" }, InitialState.Shelf),
            < 240 => (item with { CheckedOutDate = loanDay.AddDays(r.Next(14, 29)), LastCheckoutDate = loanDay, Timestamp = loanedAt }, InitialState.OnLoan),
            < 250 => (item with { LostStatus = 1, LostDate = at }, InitialState.Shelf),
            < 265 => (item with { DamagedStatus = 1, DamagedDate = at }, InitialState.Shelf),
            < 275 => (item with { Withdrawn = 1, WithdrawnDate = at, Location = ShelvingCodes.Store }, InitialState.Shelf),
            < 285 => (item with { NotForLoanStatus = ShelvingCodes.Ordered, Location = ShelvingCodes.NewBooks }, InitialState.Shelf),
            < 295 => (item, InitialState.InTransit),
            < 310 => (item, InitialState.Waiting),
            < 316 => (item, InitialState.HoldInTransit),
            < 319 => (item, InitialState.Processing),
            _ => (item, InitialState.Shelf),
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
            Location = ShelvingCodes.Journals, SerialIssueNumber = enumeration, NotForLoanStatus = r.Chance(0.6) ? 1 : 0,
            AcquisitionDate = new DateOnly(year, (issue * 2) - 1, 1),
        };
    }
}
