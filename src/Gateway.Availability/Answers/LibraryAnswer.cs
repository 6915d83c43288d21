using Gateway.Systems;

namespace Gateway.Availability.Answers;

/// <summary>A holding library's availability of a record.</summary>
/// <param name="SystemId">The regional system.</param>
/// <param name="VendorRecordId">The record's id in that system (what the request links use).</param>
/// <param name="LibraryCode">The library's code.</param>
/// <param name="LibraryName">Its name from the systems registry, when the registry knows it.</param>
/// <param name="Status">One of available, on-loan, in-transit, on-hold-shelf, reference-only, lost, unavailable, unknown.</param>
/// <param name="UnknownVendorStatuses">The vendor's codes of items whose status could not be mapped.</param>
/// <param name="DueDate">The next due date among items on loan.</param>
/// <param name="Location">Shelving location (of the first item with the library's status).</param>
/// <param name="CallNumber">Call number (of that item).</param>
/// <param name="ItemCount">Items the library has of the record (0 when unknown).</param>
/// <param name="Counts">Items by status.</param>
/// <param name="AsOf">When this state was true at the vendor (the oldest item's); null when unknown.</param>
/// <param name="Freshness"><c>live</c>, <c>cached</c>, <c>stale</c> or <c>unknown</c>.</param>
/// <param name="Outcome">The system's outcome in this request: <c>ok</c>, <c>timeout</c>, <c>circuit-open</c>, <c>error</c>.</param>
/// <param name="Reason">Why, when the outcome is not <c>ok</c>.</param>
/// <param name="Links">Request links (OPAC record page, place-a-hold page, ILL form) from the registry's templates.</param>
/// <param name="Items">The items, only when asked for (<c>items=true</c>).</param>
internal sealed record LibraryAnswer(
    string SystemId, string VendorRecordId, string LibraryCode, string? LibraryName, string Status,
    IReadOnlyList<string>? UnknownVendorStatuses, DateTimeOffset? DueDate, string? Location, string? CallNumber,
    int ItemCount, IReadOnlyDictionary<string, int> Counts, DateTimeOffset? AsOf, string Freshness, string Outcome,
    string? Reason, RequestLinks? Links, IReadOnlyList<ItemAnswer>? Items);
