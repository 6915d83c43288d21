namespace Gateway.Adapters.Koha.State;

/// <summary>What the adapter has published of one system's stream: the last (timestamp, record id) handled.</summary>
internal sealed class HarvestCheckpoint
{
    public required string SystemId { get; set; }

    /// <summary><c>records</c> or <c>deletions</c>.</summary>
    public required string Stream { get; set; }

    public DateTime Timestamp { get; set; }

    public required string RecordId { get; set; }

    public DateTime UpdatedAt { get; set; }
}
