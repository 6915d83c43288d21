namespace Gateway.Contracts;

/// <summary>An identifier found in a record that is not valid, kept with the reason so it can be fixed at source.</summary>
public sealed record RejectedIdentifier
{
    /// <summary>Required. The value as the record holds it.</summary>
    public required string Value { get; init; }

    /// <summary>Required. Why it was not accepted (e.g. "invalid ISBN check digit").</summary>
    public required string Reason { get; init; }
}
