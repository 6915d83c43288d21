using Gateway.Systems;

namespace Gateway.Availability.Resolution;

/// <summary>
/// Resolution without the catalogue (a gateway that does not host it): a source id of an enabled system resolves to
/// itself with no known libraries; consolidated ids are not found. The distributed mode's plan is in decision 0022.
/// </summary>
internal sealed class RegistryRecordSources(ISystemsRegistry registry) : IRecordSources
{
    public Task<IReadOnlyDictionary<string, ResolvedRecord>> ResolveAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var resolved = new Dictionary<string, ResolvedRecord>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var sources = RecordIds.TryParseSource(id, out var systemId, out var vendorRecordId) && registry.Find(systemId) is { Enabled: true }
                ? new[] { new SourceHolding(systemId, vendorRecordId, []) }
                : [];
            resolved[id] = new ResolvedRecord(id, sources);
        }

        return Task.FromResult<IReadOnlyDictionary<string, ResolvedRecord>>(resolved);
    }
}
