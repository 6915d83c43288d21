namespace Gateway.Simulators.Data.Changes;

/// <summary>One applied change: what, to which record (and item), when, and a short description.</summary>
public sealed record CatalogueChange(ChangeKind Kind, int BiblioId, int? ItemId, DateTimeOffset Timestamp, string Detail);
