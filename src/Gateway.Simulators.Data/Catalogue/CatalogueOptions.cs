using Gateway.Simulators.Data.Libraries;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>What to generate for one regional system.</summary>
public sealed record CatalogueOptions
{
    /// <summary>The default <see cref="Anchor"/>: the initial catalogue is "as of" this instant.</summary>
    public static readonly DateTimeOffset DefaultAnchor = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public required string SystemId { get; init; }

    /// <summary>The world seed: systems generated with the same seed share the same edition pool.</summary>
    public int Seed { get; init; }

    public int RecordCount { get; init; } = 3000;

    /// <summary>Fraction of records that describe shared (pool) editions; the rest are local to the system.</summary>
    public double SharedFraction { get; init; } = 0.5;

    /// <summary>The system's libraries; null uses <see cref="DemoLibraries.For"/>.</summary>
    public IReadOnlyList<LibraryInfo>? Libraries { get; init; }

    /// <summary>Initial timestamps spread over the years before this instant (UTC).</summary>
    public DateTimeOffset Anchor { get; init; } = DefaultAnchor;
}
