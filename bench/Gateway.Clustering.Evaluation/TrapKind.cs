namespace Gateway.Clustering.Evaluation;

/// <summary>The false merges the corpus sets up on purpose, each with records whose truth says they differ.</summary>
internal static class TrapKind
{
    /// <summary>A later edition that carries the earlier edition's ISBN (publishers do re-use them).</summary>
    public const string ReusedIsbn = "reused-isbn";

    /// <summary>An e-book catalogued with the print edition's ISBN, same title, author and year.</summary>
    public const string EbookWithPrintIsbn = "ebook-with-print-isbn";

    /// <summary>Volumes of a multi-volume set, each with the set's ISBN and its own 245 $n.</summary>
    public const string SetVolumes = "set-volumes";
}
