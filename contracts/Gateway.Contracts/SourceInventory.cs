namespace Gateway.Contracts;

/// <summary>Response to <see cref="GetSourceInventory"/>.</summary>
public sealed record SourceInventory
{
    /// <summary>Required. Id of the regional system.</summary>
    public required string SystemId { get; init; }

    /// <summary>How many records the vendor reports; null when it could not be asked (see <see cref="Problem"/>).</summary>
    public long? RecordCount { get; init; }

    /// <summary>Required. When the vendor was asked (UTC).</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Every record id, when asked for and the vendor answered; null otherwise.</summary>
    public IReadOnlyList<string>? RecordIds { get; init; }

    /// <summary>Why the vendor could not be asked (down, refusing, garbage), or null.</summary>
    public string? Problem { get; init; }
}
