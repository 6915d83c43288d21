namespace Gateway.Availability.Adapters;

/// <summary>
/// An adapter's live availability answer: what <c>/api/v1/adapters/{systemId}/availability</c> sends, or what an
/// adapter in this process returns through <see cref="IAdapterAvailability"/>.
/// </summary>
/// <param name="SystemId">The system asked.</param>
/// <param name="AsOf">When the vendor's answer was complete (UTC).</param>
/// <param name="Records">One entry per record the vendor knows.</param>
/// <param name="NotFound">Record ids the vendor does not know.</param>
public sealed record AdapterAnswer(
    string? SystemId, DateTimeOffset AsOf, IReadOnlyList<AdapterRecord>? Records, IReadOnlyList<string>? NotFound);
