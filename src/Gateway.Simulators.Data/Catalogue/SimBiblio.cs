using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Editions;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// One bibliographic record of one system, as that system catalogued it. Text values are raw, as they sit in
/// the MARC subfields (ISBD punctuation included when the record uses it), which is also how Koha copies them
/// into its biblio columns. <see cref="Edition"/> is the ground truth and must never leave a simulator.
/// </summary>
public sealed record SimBiblio
{
    public required int BiblioId { get; init; }

    /// <summary>The edition this record describes (ground truth for clustering tests).</summary>
    public required Edition Edition { get; init; }

    public string EditionKey => Edition.Key;
    public MaterialKind Kind => Edition.Kind;
    public string Language => Edition.Language;

    /// <summary>245 $a, $b and $c as catalogued.</summary>
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Responsibility { get; init; }

    /// <summary>100 $a (null when the record is entered under title, e.g. edited works).</summary>
    public string? Author { get; init; }
    public IReadOnlyList<string> AddedAuthors { get; init; } = [];
    public bool AuthorsAreEditors { get; init; }

    /// <summary>250 $a.</summary>
    public string? EditionStatement { get; init; }

    /// <summary>260/264 $a, $b, $c.</summary>
    public required string Place { get; init; }
    public required string Publisher { get; init; }
    public required string DateOfPublication { get; init; }
    public int Year => Edition.Year;

    /// <summary>True for RDA records (264, 336-338); false for AACR2 (260).</summary>
    public bool UsesRda { get; init; }

    /// <summary>False when ISBD punctuation is omitted (leader/18 'c').</summary>
    public bool IsbdPunctuation { get; init; } = true;

    /// <summary>020 $a as catalogued (ISBN-13 or ISBN-10, possibly with an inline qualifier) and $q.</summary>
    public string? Isbn { get; init; }
    public string? IsbnQualifier { get; init; }
    public string? Issn { get; init; }
    public long? OclcNumber { get; init; }

    /// <summary>300 $a, $b, $c.</summary>
    public required string Extent { get; init; }
    public string? Illustrations { get; init; }
    public required string Dimensions { get; init; }

    public IReadOnlyList<string> Subjects { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
    public string? Url { get; init; }

    /// <summary>Koha item type of the record (942 $c): BK, EBOOK or JNL.</summary>
    public required string ItemType { get; init; }
    public required string CallNumber { get; init; }
    public string FrameworkCode { get; init; } = "";

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last modification, UTC, whole seconds (Koha's biblio.timestamp).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>How many times the change feed has edited this record.</summary>
    public int Revision { get; init; }

    public IReadOnlyList<SimItem> Items { get; init; } = [];

    /// <summary>Current holds on the record (queued, waiting, in transit, in processing), by hold id.</summary>
    public IReadOnlyList<SimHold> Holds { get; init; } = [];
}
