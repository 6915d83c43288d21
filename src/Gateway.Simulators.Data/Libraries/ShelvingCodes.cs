using System.Globalization;

namespace Gateway.Simulators.Data.Libraries;

/// <summary>
/// The system's authorised values for items: shelving locations (LOC), collections (CCODE) and the status
/// categories (NOT_LOAN, LOST, DAMAGED, WITHDRAWN, RESTRICTED) with Koha's default codes.
/// </summary>
public static class ShelvingCodes
{
    public const string General = "GEN";
    public const string Reference = "REF";
    public const string ShortLoan = "SHORT";
    public const string Store = "STORE";
    public const string Journals = "JNL";
    public const string Online = "ONLINE";
    public const string NewBooks = "NEWBK";
    public const string QuietStudy = "QUIET";

    /// <summary>NOT_LOAN -1: on order (not for loan but holdable).</summary>
    public const int Ordered = -1;

    private static readonly AuthorisedValue[] SharedLocations =
    [
        new("LOC", General, "General collection"), new("LOC", Reference, "Reference"), new("LOC", ShortLoan, "Short loan"),
        new("LOC", Store, "Closed store"), new("LOC", Journals, "Journals"), new("LOC", Online, "Online"),
        new("LOC", NewBooks, "New books display"), new("LOC", QuietStudy, "Quiet study room"),
    ];

    private static readonly AuthorisedValue[] CollectionValues =
    [
        new("CCODE", "MED", "Medicine"), new("CCODE", "NURS", "Nursing and midwifery"), new("CCODE", "MH", "Mental health"),
        new("CCODE", "MGMT", "Management and leadership"), new("CCODE", "AHP", "Allied health professions"),
        new("CCODE", "PAED", "Paediatrics"), new("CCODE", "SURG", "Surgery"), new("CCODE", "WELL", "Health and wellbeing"),
        new("CCODE", "JNL", "Journals"), new("CCODE", "EBK", "E-books"),
    ];

    private static readonly AuthorisedValue[] StatusValues =
    [
        new("NOT_LOAN", "-1", "Ordered"), new("NOT_LOAN", "1", "Not for loan"), new("NOT_LOAN", "2", "Staff collection"),
        new("LOST", "1", "Lost"), new("LOST", "2", "Long overdue (lost)"), new("LOST", "3", "Lost and paid for"), new("LOST", "4", "Missing"),
        new("DAMAGED", "1", "Damaged"), new("WITHDRAWN", "1", "Withdrawn"), new("RESTRICTED", "1", "Restricted access"),
    ];

    /// <summary>Collection codes books are spread over (journals and e-books have their own).</summary>
    private static readonly string[] BookCollections = ["MED", "NURS", "MH", "MGMT", "AHP", "PAED", "SURG", "WELL"];

    /// <summary>What each library uses: the shared locations, its satellite location, and 5 or 6 of the book collections.</summary>
    public static IReadOnlyList<LibraryShelving> For(IReadOnlyList<LibraryInfo> libraries)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        return [.. libraries.Select((library, index) =>
        {
            var collections = BookCollections.Where((_, i) => (i + index) % 4 != 3).Concat(["JNL", "EBK"]).ToList();
            return new LibraryShelving(library.Code, [.. SharedLocations.Select(v => v.Value), library.Code + "-SAT"], collections);
        })];
    }

    /// <summary>All authorised values of a category for the given libraries (null when the category is unknown).</summary>
    public static IReadOnlyList<AuthorisedValue>? Category(string category, IReadOnlyList<LibraryInfo> libraries)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(libraries);
        var name = category.ToUpperInvariant();
        return name switch
        {
            "LOC" => [.. SharedLocations, .. libraries.Select(l => new AuthorisedValue("LOC", l.Code + "-SAT",
                string.Create(CultureInfo.InvariantCulture, $"Satellite collection ({l.Name})"), l.Code))],
            "CCODE" => CollectionValues,
            "NOT_LOAN" or "LOST" or "DAMAGED" or "WITHDRAWN" or "RESTRICTED" => [.. StatusValues.Where(v => v.Category == name)],
            _ => null,
        };
    }

    /// <summary>The categories <see cref="Category"/> knows.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["LOC", "CCODE", "NOT_LOAN", "LOST", "DAMAGED", "WITHDRAWN", "RESTRICTED"];
}
