namespace Gateway.Availability.Resolution;

/// <summary>
/// Which systems hold each requested record: a consolidated record (<c>c…</c>) resolves to its member source records, a
/// source record (<c>{systemId}:{vendorRecordId}</c>) to itself. The catalogue implements it in-process; without the
/// catalogue, <see cref="RegistryRecordSources"/> resolves source ids through the systems registry only.
/// </summary>
public interface IRecordSources
{
    /// <summary>One entry per id asked (well-formed ids only, see <see cref="RecordIds"/>), found or not.</summary>
    Task<IReadOnlyDictionary<string, ResolvedRecord>> ResolveAsync(IReadOnlyCollection<string> ids, CancellationToken ct);
}
