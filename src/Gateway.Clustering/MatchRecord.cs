namespace Gateway.Clustering;

/// <summary>
/// What clustering knows of one source record: its identifiers and a normalised description, built once from the MARC
/// record by <see cref="MatchRecordBuilder"/>. Two source records are compared only through this.
/// </summary>
public sealed record MatchRecord
{
    /// <summary>Required. The source record's id, <c>{systemId}:{vendorRecordId}</c>.</summary>
    public required string SourceId { get; init; }

    /// <summary>The system part of <see cref="SourceId"/> (before the first colon).</summary>
    public string SystemId => SourceId.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? SourceId[..colon] : SourceId;

    /// <summary>Required. Title proper (245 $a, or $k) folded by <see cref="TextFolding"/>, leading article dropped; may be empty.</summary>
    public required string Title { get; init; }

    /// <summary>Remainder of title (245 $b) folded; null when absent. Used as a tie-breaker, never required to agree.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Number and name of part (245 $n $p) folded, numbers written as digits; null when the record is not a part.</summary>
    public string? Part { get; init; }

    /// <summary>Surname (or corporate name) of the first author, folded; null when the record names nobody.</summary>
    public string? FirstAuthor { get; init; }

    /// <summary>Year of publication; null when unknown.</summary>
    public int? Year { get; init; }

    /// <summary>Edition number from 250 $a (1 when the record has no edition statement); null when 250 has no number.</summary>
    public int? EditionNumber { get; init; }

    /// <summary>Required. Broad format (book, ebook, serial, ...), from <c>BibliographicDescription.Format</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Valid ISBN-13s.</summary>
    public IReadOnlyList<string> Isbns { get; init; } = [];

    /// <summary>ISSNs, <c>NNNN-NNNC</c> upper case.</summary>
    public IReadOnlyList<string> Issns { get; init; } = [];

    /// <summary>OCLC numbers, digits without leading zeros.</summary>
    public IReadOnlyList<string> OclcNumbers { get; init; } = [];

    /// <summary>Publisher (264/260 $b) folded; null when absent.</summary>
    public string? Publisher { get; init; }
}
