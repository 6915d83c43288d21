namespace Gateway.Adapters.Koha.Availability;

/// <summary>Live availability of some records of one system, read from the vendor just now.</summary>
/// <param name="SystemId">The system asked.</param>
/// <param name="AsOf">When the vendor's answer was complete (UTC): the state is at least this fresh.</param>
/// <param name="Source">The vendor reads used: <c>koha-rest:biblio-items+transfer</c> (per record, transfers seen) or
/// <c>koha-rest:items</c> (one call for the batch, transfers not caused by a hold not seen).</param>
/// <param name="Records">One entry per record the vendor knows, in the order asked.</param>
/// <param name="NotFound">Record ids the vendor does not know (deleted, or never existed).</param>
internal sealed record SystemAvailability(
    string SystemId, DateTimeOffset AsOf, string Source, IReadOnlyList<RecordAvailability> Records, IReadOnlyList<string> NotFound);
