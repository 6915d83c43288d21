namespace Gateway.Contracts;

/// <summary>
/// Request to the adapter of a system: how many bibliographic records the vendor reports now, and, when asked, their
/// ids — so the catalogue can reconcile what it holds with the vendor's own count. Adapters answer only for the
/// systems they harvest.
/// </summary>
public sealed record GetSourceInventory
{
    /// <summary>Required. Id of the regional system.</summary>
    public required string SystemId { get; init; }

    /// <summary>True to list every record id (a full walk of the vendor's catalogue; slow on a large one).</summary>
    public bool IncludeIds { get; init; }
}
