namespace Gateway.Availability.Resolution;

/// <summary>
/// The source records (<c>{systemId}:{vendorRecordId}</c>) each asked id may stand for, before the catalogue has
/// confirmed them: a source id stands for itself, a consolidated id for its cluster's members. The fan-out starts on
/// these while <see cref="IRecordSources.ConfirmAsync"/> runs (decision 0027's update); only confirmed sources reach
/// the answer.
/// </summary>
/// <param name="SourcesById">Per asked id, its candidate source ids (empty when it can stand for none).</param>
public sealed record RecordCandidates(IReadOnlyDictionary<string, IReadOnlyList<string>> SourcesById)
{
    /// <summary>Every candidate of every asked id, each once.</summary>
    public IEnumerable<string> SourceIds => SourcesById.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal);
}
