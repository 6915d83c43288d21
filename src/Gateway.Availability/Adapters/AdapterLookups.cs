using Gateway.Availability.Options;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Adapters;

/// <summary>
/// Which way a system's adapter is asked (decision 0027): in this process when it hosts the vendor's adapter,
/// <see cref="AvailabilityOptions.InProcessAdapters"/> is on and no <see cref="AvailabilityOptions.AdapterUrls"/> entry
/// names the vendor; otherwise over HTTP (the distributed mode, or this process's own address).
/// </summary>
internal sealed class AdapterLookups(AdapterClient http, InProcessAdapterClient inProcess, IOptions<AvailabilityOptions> options)
{
    public IAdapterLookup For(RegionalSystem system)
    {
        var settings = options.Value;
        return settings.InProcessAdapters && !settings.AdapterUrls.ContainsKey(system.Vendor) && inProcess.Hosts(system.Vendor)
            ? inProcess
            : http;
    }
}
