using Gateway.Availability.Options;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Host.Options;

/// <summary>
/// No adapter runs in the catalogue host, so the availability service there cannot fall back to "this process" for a
/// vendor's live availability route: every vendor with an enabled system needs <c>Availability:AdapterUrls:{vendor}</c>
/// (e.g. <c>Availability__AdapterUrls__koha=http://127.0.0.1:5091/</c>). Checked at start-up.
/// </summary>
internal sealed class RemoteAdapterUrlsValidator(IOptions<SystemsOptions> systems) : IValidateOptions<AvailabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, AvailabilityOptions options)
    {
        var missing = systems.Value.Systems.Values
            .Where(s => s.Enabled && !string.IsNullOrEmpty(s.Vendor))
            .Select(s => s.Vendor!)
            .Distinct(StringComparer.Ordinal)
            .Where(vendor => !options.AdapterUrls.ContainsKey(vendor))
            .Order(StringComparer.Ordinal)
            .Select(vendor => $"Availability:AdapterUrls:{vendor} is required in the catalogue host (no adapter runs in this process): the base URL of the host serving /api/v1/adapters/{{systemId}}/availability for the enabled {vendor} systems.")
            .ToList();
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
