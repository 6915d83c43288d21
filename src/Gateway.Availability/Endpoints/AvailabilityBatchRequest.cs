namespace Gateway.Availability.Endpoints;

/// <summary>The body of <c>POST /api/v1/availability</c>.</summary>
/// <param name="Ids">Required. 1 to <c>Availability:MaxIds</c> (100) record ids: consolidated (<c>c…</c>) or source
/// (<c>{systemId}:{vendorRecordId}</c>); repeats are answered once.</param>
/// <param name="Items">Optional. True to list each library's items as well as its summary (default false).</param>
internal sealed record AvailabilityBatchRequest(IReadOnlyList<string?>? Ids, bool Items = false);
