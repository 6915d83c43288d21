namespace Gateway.Catalogue.Storage;

/// <summary>One match key of a live source record (e.g. <c>isbn:9780199689903</c>): the index candidates are found by.</summary>
internal sealed class MatchKeyEntry
{
    public required string Key { get; set; }

    public required string SourceId { get; set; }
}
