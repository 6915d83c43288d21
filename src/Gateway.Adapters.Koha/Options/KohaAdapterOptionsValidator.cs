using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Options;

/// <summary>
/// Every enabled Koha system in the registry must have credentials; OAI-PMH settings must name a Koha system and a
/// metadata prefix. Says which ones do not.
/// </summary>
internal sealed class KohaAdapterOptionsValidator(ISystemsRegistry registry) : IValidateOptions<KohaAdapterOptions>
{
    public ValidateOptionsResult Validate(string? name, KohaAdapterOptions options)
    {
        var failures = new List<string>();
        foreach (var system in registry.EnabledOf(Vendors.Koha))
        {
            if (!options.Credentials.TryGetValue(system.Id, out var credentials)
                || string.IsNullOrWhiteSpace(credentials.ClientId)
                || string.IsNullOrWhiteSpace(credentials.ClientSecret))
            {
                failures.Add(
                    $"KohaAdapter:Credentials:{system.Id}:ClientId and :ClientSecret are required for the enabled Koha system '{system.Id}' " +
                    "(set them in the environment, e.g. KohaAdapter__Credentials__<id>__ClientSecret, or on the command line).");
            }
        }

        foreach (var (systemId, oai) in options.OaiPmh)
        {
            if (registry.Find(systemId) is not { Vendor: Vendors.Koha })
            {
                failures.Add($"KohaAdapter:OaiPmh:{systemId} names no Koha system of the registry.");
            }

            if (string.IsNullOrWhiteSpace(oai.MetadataPrefix))
            {
                failures.Add($"KohaAdapter:OaiPmh:{systemId}:MetadataPrefix is required (e.g. marcxml, or the format Koha serves with items).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
