namespace Gateway.Availability.Answers;

/// <summary>Availability of one or more records across every system that holds them.</summary>
/// <param name="Complete">True when every system holding a record answered (live, or fresh from the cache) and no
/// library is <c>stale</c> or <c>unknown</c>.</param>
/// <param name="AsOf">When this answer was assembled (UTC).</param>
/// <param name="DeadlineMs">The request's deadline: systems that had not answered by then are reported, not waited for.</param>
/// <param name="Records">The records found, in the order asked.</param>
/// <param name="NotFound">Ids asked that no system holds (unknown, or every source deleted).</param>
/// <param name="Systems">Each system asked, with its outcome.</param>
internal sealed record AvailabilityAnswer(
    bool Complete, DateTimeOffset AsOf, long DeadlineMs, IReadOnlyList<RecordAnswer> Records, IReadOnlyList<string> NotFound,
    IReadOnlyList<SystemAnswer> Systems);
