namespace Gateway.Availability.Answers;

/// <summary>What one system did in this request.</summary>
/// <param name="SystemId">The system.</param>
/// <param name="Outcome"><c>ok</c>, <c>timeout</c>, <c>circuit-open</c> or <c>error</c>.</param>
/// <param name="Reason">Why, when not <c>ok</c>.</param>
/// <param name="Records">Its records asked about in this request.</param>
/// <param name="FromCache">Of those, how many were fresh in the cache and not asked for.</param>
/// <param name="AdapterCalls">Calls made to its adapter (batches; hedged attempts not counted).</param>
/// <param name="ElapsedMs">Time spent on it.</param>
internal sealed record SystemAnswer(string SystemId, string Outcome, string? Reason, int Records, int FromCache, int AdapterCalls, long ElapsedMs);
