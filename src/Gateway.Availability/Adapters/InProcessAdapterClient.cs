using Gateway.Systems;

namespace Gateway.Availability.Adapters;

/// <summary>
/// Asks an adapter hosted in this process (<see cref="IAdapterAvailability"/>) directly, inside the system's
/// <see cref="InProcessResilience"/> pipeline: no loopback hop, no JSON either way, the same outcomes as over HTTP.
/// </summary>
internal sealed class InProcessAdapterClient(IEnumerable<IAdapterAvailability> adapters, InProcessResilience resilience) : IAdapterLookup
{
    private readonly Dictionary<string, IAdapterAvailability> _byVendor =
        adapters.GroupBy(a => a.Vendor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>True when this process hosts an adapter for the vendor.</summary>
    public bool Hosts(string vendor) => _byVendor.ContainsKey(vendor);

    public async Task<AdapterAnswer> LookupAsync(RegionalSystem system, IReadOnlyList<string> vendorRecordIds, CancellationToken ct)
    {
        var adapter = _byVendor[system.Vendor];
        var answer = await resilience.For(system.Id).ExecuteAsync(
            static (call, token) => new ValueTask<AdapterAnswer>(call.adapter.LookupAsync(call.system, call.vendorRecordIds, token)),
            (adapter, system, vendorRecordIds),
            ct);
        return answer is { Records: not null }
            ? answer
            : throw new AdapterCallException("the adapter's answer has no records");
    }
}
