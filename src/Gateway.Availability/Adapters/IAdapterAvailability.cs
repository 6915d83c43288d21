using Gateway.Systems;

namespace Gateway.Availability.Adapters;

/// <summary>
/// An adapter hosted in this process that answers live availability directly, without the loopback HTTP hop to its
/// route (decision 0027). Same contract as <c>/api/v1/adapters/{systemId}/availability</c>: an answer, or an
/// <see cref="AdapterCallException"/> with the status and message the route would have sent (made with
/// <see cref="AdapterCallException.FromProblem"/>); it ends when <c>ct</c> is cancelled. The availability service wraps
/// it in the same per-system resilience as the HTTP path (<see cref="InProcessResilience"/>).
/// </summary>
public interface IAdapterAvailability
{
    /// <summary>The vendor it answers for, as in the systems registry (e.g. <c>koha</c>).</summary>
    string Vendor { get; }

    /// <summary>The current availability of these records of one system.</summary>
    Task<AdapterAnswer> LookupAsync(RegionalSystem system, IReadOnlyList<string> vendorRecordIds, CancellationToken ct);
}
