using Gateway.Availability.Adapters;
using Gateway.Systems;

namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// The Koha adapter's live lookup for the availability service in the same process (decision 0027): the route's
/// lookup (<see cref="KohaAvailabilityLookup"/>) without HTTP or JSON; a problem becomes the
/// <see cref="AdapterCallException"/> the HTTP client would have made of the route's answer.
/// </summary>
internal sealed class KohaInProcessAvailability(KohaAvailabilityLookup lookup) : IAdapterAvailability
{
    public string Vendor => Vendors.Koha;

    public async Task<AdapterAnswer> LookupAsync(RegionalSystem system, IReadOnlyList<string> vendorRecordIds, CancellationToken ct)
    {
        var outcome = await lookup.LookupAsync(system.Id, vendorRecordIds, ct);
        return outcome.Answer is { } answer
            ? ToAnswer(answer)
            : throw AdapterCallException.FromProblem(outcome.Status, outcome.Detail);
    }

    /// <summary>Field for field what the route's JSON carries.</summary>
    internal static AdapterAnswer ToAnswer(SystemAvailability answer) => new(
        answer.SystemId,
        answer.AsOf,
        [.. answer.Records.Select(r => new AdapterRecord(r.VendorRecordId, r.AsOf, [.. r.Items.Select(ToItem)]))],
        answer.NotFound);

    private static AdapterItem ToItem(LiveItemAvailability item) =>
        new(item.VendorItemId, item.LibraryCode, item.HoldingLibraryCode, item.Location, item.CallNumber, item.Status, item.VendorStatus, item.DueDate);
}
