namespace Gateway.Catalogue.Storage;

/// <summary>One line of the clusters' audit log: a join, merge, split, departure or retirement, with its key and reason.</summary>
internal sealed class ClusterAuditEntry
{
    public long Id { get; set; }

    public required string ClusterId { get; set; }

    /// <summary><c>created</c>, <c>joined</c>, <c>left</c>, <c>merged</c>, <c>split</c> or <c>retired</c>.</summary>
    public required string Kind { get; set; }

    public string? SourceId { get; set; }

    public string? OtherClusterId { get; set; }

    public string? Key { get; set; }

    public string? MatchedSourceId { get; set; }

    public required string Detail { get; set; }

    public DateTime At { get; set; }
}
