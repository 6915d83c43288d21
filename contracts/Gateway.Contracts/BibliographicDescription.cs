namespace Gateway.Contracts;

/// <summary>The descriptive fields of a bibliographic record, extracted from MARC 21.</summary>
public sealed record BibliographicDescription
{
    /// <summary>Required. Title proper with subtitle (245 $a $b), without trailing ISBD punctuation.</summary>
    public required string Title { get; init; }

    /// <summary>Names responsible (100/110/700/710 $a), main entry first.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Valid ISBNs from 020 $a, normalised to 13-digit ISBN-13 (invalid ones left out).</summary>
    public IReadOnlyList<string> Isbns { get; init; } = [];

    /// <summary>020 $a values that are not valid ISBNs, each with the reason. Optional; empty when all are valid.</summary>
    public IReadOnlyList<RejectedIdentifier> RejectedIsbns { get; init; } = [];

    /// <summary>ISSNs (022 $a).</summary>
    public IReadOnlyList<string> Issns { get; init; } = [];

    /// <summary>OCLC numbers from 035 $a <c>(OCoLC)</c>, digits only.</summary>
    public IReadOnlyList<string> OclcNumbers { get; init; } = [];

    /// <summary>Publisher (264 $b or 260 $b).</summary>
    public string? Publisher { get; init; }

    /// <summary>Year of publication (008/07-10, else 264/260 $c).</summary>
    public int? PublicationYear { get; init; }

    /// <summary>Edition statement (250 $a).</summary>
    public string? Edition { get; init; }

    /// <summary>Language code (008/35-37), MARC language list.</summary>
    public string? Language { get; init; }

    /// <summary>Broad format from the leader and 008: book, ebook, serial, visual, audio, computer-file or other.</summary>
    public string? Format { get; init; }

    /// <summary>Topical subjects (650 $a).</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
}
