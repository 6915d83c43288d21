using Gateway.Simulators.Data.Vocabulary;

namespace Gateway.Simulators.Data.Editions;

/// <summary>
/// One edition of a work as it exists in the world (the ground truth): systems catalogue it with their own
/// variations. Shared editions have keys "P" + pool index; editions local to one system have "L:{system}:{n}".
/// </summary>
public sealed record Edition
{
    /// <summary>Ground-truth identity: equal keys in two systems mean the same edition.</summary>
    public required string Key { get; init; }

    /// <summary>The work this edition belongs to (editions of one work share it).</summary>
    public required string WorkKey { get; init; }

    public required MaterialKind Kind { get; init; }

    /// <summary>Title proper in sentence case, without subtitle.</summary>
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>Personal names as "Surname, Forename"; the first is the main entry unless <see cref="AuthorsAreEditors"/>.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    public bool AuthorsAreEditors { get; init; }

    /// <summary>1 for a first edition (no edition statement), 2 for "2nd ed." and so on.</summary>
    public int EditionNumber { get; init; } = 1;

    public required string PublisherName { get; init; }

    public required string Place { get; init; }

    /// <summary>MARC country code for 008/15-17 (three characters).</summary>
    public required string CountryCode { get; init; }

    /// <summary>Publication year (first year for serials).</summary>
    public int Year { get; init; }

    /// <summary>The 978-prefixed ISBN-13 (digits only), null for serials.</summary>
    public string? Isbn13 { get; init; }

    /// <summary>True when catalogues record this edition by its ISBN-10 (typical of pre-2007 editions).</summary>
    public bool PrefersIsbn10 { get; init; }

    /// <summary>ISSN "NNNN-NNNC" for serials.</summary>
    public string? Issn { get; init; }

    /// <summary>WorldCat (OCLC) number.</summary>
    public long? OclcNumber { get; init; }

    public required Topic Topic { get; init; }

    /// <summary>MeSH headings.</summary>
    public required IReadOnlyList<string> Subjects { get; init; }

    public int Pages { get; init; }

    public bool Illustrated { get; init; }

    public int HeightCm { get; init; } = 24;

    /// <summary>Online access URL (e-books).</summary>
    public string? Url { get; init; }

    /// <summary>MARC language code (008/35-37).</summary>
    public string Language { get; init; } = "eng";
}
