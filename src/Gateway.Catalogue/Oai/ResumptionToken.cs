namespace Gateway.Catalogue.Oai;

/// <summary>
/// Where a list stands: its verb and selection, the version bound fixed at its first request (<see cref="Bound"/>),
/// the last version delivered (<see cref="After"/>), how many records came before (<see cref="Cursor"/>), the size
/// counted at the start, and when the list expires.
/// </summary>
internal sealed record ResumptionToken(
    string Verb,
    ListSpec Spec,
    long Bound,
    long After,
    int Cursor,
    int CompleteListSize,
    DateTimeOffset ExpiresAt);
