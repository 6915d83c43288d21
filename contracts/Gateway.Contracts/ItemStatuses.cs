namespace Gateway.Contracts;

/// <summary>The documented values of <see cref="ItemAvailabilityChanged.Status"/>.</summary>
public static class ItemStatuses
{
    public const string Available = "available";
    public const string OnLoan = "on-loan";
    public const string InTransit = "in-transit";
    public const string OnHoldShelf = "on-hold-shelf";
    public const string ReferenceOnly = "reference-only";
    public const string Lost = "lost";
    public const string Unavailable = "unavailable";
    public const string Unknown = "unknown";

    /// <summary>Every documented status, for validation and schemas.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Available, OnLoan, InTransit, OnHoldShelf, ReferenceOnly, Lost, Unavailable, Unknown];
}
