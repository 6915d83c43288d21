using Gateway.Systems;

namespace Gateway.Availability.Adapters;

/// <summary>
/// One way of asking a system's adapter, with its resilience pipeline around the call: over HTTP
/// (<see cref="AdapterClient"/>) or in this process (<see cref="InProcessAdapterClient"/>). <see cref="AdapterLookups"/> picks one.
/// </summary>
internal interface IAdapterLookup
{
    /// <summary>The answer, or an exception the <see cref="Answers.OutcomeClassifier"/> turns into an outcome.</summary>
    Task<AdapterAnswer> LookupAsync(RegionalSystem system, IReadOnlyList<string> vendorRecordIds, CancellationToken ct);
}
