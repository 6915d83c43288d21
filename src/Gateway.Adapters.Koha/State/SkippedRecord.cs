namespace Gateway.Adapters.Koha.State;

/// <summary>A record the adapter could not publish, kept with its reason so operators can see and fix it.</summary>
internal sealed class SkippedRecord
{
    public long Id { get; set; }

    public required string SystemId { get; set; }

    public required string VendorRecordId { get; set; }

    public DateTime SourceTimestamp { get; set; }

    public required string Reason { get; set; }

    public DateTime SkippedAt { get; set; }
}
