namespace Gateway.Catalogue.Storage;

/// <summary>The kinds of <see cref="IngestProblem"/>.</summary>
internal static class IngestProblemKinds
{
    /// <summary>The record's MARCXML could not be read; it was kept and clustered from its description.</summary>
    public const string UnreadableMarc = "unreadable-marc";
}
