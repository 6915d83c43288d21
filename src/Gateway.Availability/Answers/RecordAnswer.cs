namespace Gateway.Availability.Answers;

/// <summary>One record's availability, per holding library.</summary>
/// <param name="Id">The id as asked (consolidated <c>c…</c> or source <c>{systemId}:{vendorRecordId}</c>).</param>
/// <param name="Complete">True when every library of this record is <c>live</c> or <c>cached</c>.</param>
/// <param name="Libraries">Every holding library, ordered by system then library code.</param>
internal sealed record RecordAnswer(string Id, bool Complete, IReadOnlyList<LibraryAnswer> Libraries);
