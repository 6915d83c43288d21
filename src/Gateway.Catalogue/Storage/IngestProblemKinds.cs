namespace Gateway.Catalogue.Storage;

/// <summary>The kinds of <see cref="IngestProblem"/>.</summary>
internal static class IngestProblemKinds
{
    /// <summary>The record's MARCXML could not be read; it was kept and clustered from its description.</summary>
    public const string UnreadableMarc = "unreadable-marc";

    /// <summary>
    /// The change could not be stored (it failed on its own, not for a transient reason); the rest of its page was
    /// stored and this version is not in the catalogue. Cleared when a later version of the record is stored.
    /// </summary>
    public const string IngestFailed = "ingest-failed";
}
