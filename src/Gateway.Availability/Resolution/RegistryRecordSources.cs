using Gateway.Systems;

namespace Gateway.Availability.Resolution;

/// <summary>
/// Resolution without the catalogue (a gateway that does not host it): a source id of an enabled system resolves to
/// itself with no known libraries; consolidated ids are not found. The distributed mode's plan is in decision 0022.
/// </summary>
internal sealed class RegistryRecordSources(ISystemsRegistry registry) : IRecordSources
{
    public Task<RecordCandidates> CandidatesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var candidates = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            candidates[id] = RecordIds.TryParseSource(id, out var systemId, out _) && registry.Find(systemId) is { Enabled: true } ? [id] : [];
        }

        return Task.FromResult(new RecordCandidates(candidates));
    }

    public Task<IReadOnlyDictionary<string, ResolvedRecord>> ConfirmAsync(RecordCandidates candidates, CancellationToken ct)
    {
        var resolved = new Dictionary<string, ResolvedRecord>(StringComparer.Ordinal);
        foreach (var (id, sources) in candidates.SourcesById)
        {
            resolved[id] = new ResolvedRecord(id, [.. sources.Select(RecordIds.SplitSource).Select(s => new SourceHolding(s.SystemId, s.VendorRecordId, []))]);
        }

        return Task.FromResult<IReadOnlyDictionary<string, ResolvedRecord>>(resolved);
    }
}
