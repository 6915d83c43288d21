using Gateway.Availability.Answers;

namespace Gateway.Availability.Fanout;

/// <summary>One system's part of a request: its outcome, each record's state, the records the vendor does not know.</summary>
internal sealed record SystemResult(
    string SystemId, SystemOutcome Outcome, IReadOnlyDictionary<string, RecordState> States, IReadOnlySet<string> VendorNotFound,
    int FromCache, int AdapterCalls, long ElapsedMs)
{
    public SystemAnswer ToAnswer() =>
        new(SystemId, Outcome.Outcome, Outcome.Reason, States.Count + VendorNotFound.Count, FromCache, AdapterCalls, ElapsedMs);
}
