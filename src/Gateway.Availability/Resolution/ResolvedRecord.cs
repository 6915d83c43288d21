namespace Gateway.Availability.Resolution;

/// <summary>A requested record and the source records that hold it.</summary>
/// <param name="Id">The id as asked.</param>
/// <param name="Sources">The live source records of the systems that hold it; empty when the record is unknown or gone.</param>
public sealed record ResolvedRecord(string Id, IReadOnlyList<SourceHolding> Sources)
{
    /// <summary>True when at least one system holds the record.</summary>
    public bool Found => Sources.Count > 0;
}
