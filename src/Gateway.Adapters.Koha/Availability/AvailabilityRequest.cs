namespace Gateway.Adapters.Koha.Availability;

/// <summary>The body of <c>POST /api/v1/adapters/{systemId}/availability</c>.</summary>
/// <param name="RecordIds">Required. The vendor record ids (Koha biblionumbers) to look up, at most
/// <see cref="Options.KohaAdapterOptions.AvailabilityMaxIds"/>; repeats are answered once.</param>
internal sealed record AvailabilityRequest(IReadOnlyList<string>? RecordIds);
