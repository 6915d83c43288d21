namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>POST /_sim/advance: the tick reached and the changes applied.</summary>
internal sealed record AdvanceResponse(int Tick, IReadOnlyList<AdvanceResponse.Change> Changes)
{
    /// <summary>One applied change.</summary>
    internal sealed record Change(string Kind, int BiblioId, int? ItemId, string Timestamp, string Detail);
}
