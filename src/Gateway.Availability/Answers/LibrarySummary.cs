namespace Gateway.Availability.Answers;

/// <summary>A library's items reduced to what a results page shows.</summary>
/// <param name="Status">The library's status (see <see cref="LibrarySummariser"/>).</param>
/// <param name="ItemCount">Items the library has of the record.</param>
/// <param name="Counts">Items by status.</param>
/// <param name="NextDue">The earliest due date of its items on loan.</param>
/// <param name="Location">Shelving location of the first item with the library's status.</param>
/// <param name="CallNumber">Call number of that item.</param>
/// <param name="UnknownVendorStatuses">The vendor codes of items whose status is unknown (kept, never guessed).</param>
/// <param name="AsOf">The oldest of the items' states.</param>
internal sealed record LibrarySummary(
    string Status, int ItemCount, IReadOnlyDictionary<string, int> Counts, DateTimeOffset? NextDue, string? Location,
    string? CallNumber, IReadOnlyList<string>? UnknownVendorStatuses, DateTimeOffset? AsOf);
