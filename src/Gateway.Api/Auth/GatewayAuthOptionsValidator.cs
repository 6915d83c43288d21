using Microsoft.Extensions.Options;

namespace Gateway.Api.Auth;

/// <summary>
/// Checks the clients at start-up, naming each setting at fault: a hash that is not 64 hex digits, no or unknown roles,
/// a name HTTP Basic cannot carry, two clients with one key; and, outside Development, that there is a client at all.
/// </summary>
internal sealed class GatewayAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<GatewayAuthOptions>
{
    private const string Prefix = GatewayAuthOptions.SectionName + ":Clients";

    public ValidateOptionsResult Validate(string? name, GatewayAuthOptions options)
    {
        var failures = new List<string>();
        if (options.Clients.Count == 0 && !options.Jwt.Enabled && !environment.IsDevelopment())
        {
            failures.Add(
                $"{Prefix} is empty and {GatewayAuthOptions.SectionName}:Jwt:Authority unset: outside Development the gateway " +
                "does not start without a client. Configure at least one " +
                $"({Prefix}:{{name}}:KeyHash = the SHA-256 of its key in hex, {Prefix}:{{name}}:Roles = hub and/or operator; " +
                "decision 0037), or run with ASPNETCORE_ENVIRONMENT=Development, where scripts/run.sh makes keys.");
        }

        var hashes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (client, settings) in options.Clients)
        {
            var at = $"{Prefix}:{client}";
            if (string.IsNullOrWhiteSpace(client) || client.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"{at}: a client name must not be empty nor hold ':' (it is the HTTP Basic user name).");
            }

            if (!ClientKeys.TryParseHash(settings.KeyHash, out _))
            {
                failures.Add($"{at}:KeyHash must be the SHA-256 of the key as 64 hexadecimal digits (the key itself is never configured).");
            }
            else if (!hashes.TryAdd(settings.KeyHash!, client))
            {
                failures.Add($"{at}:KeyHash is also the key of client '{hashes[settings.KeyHash!]}': each client needs its own key.");
            }

            if (settings.Roles.Count == 0)
            {
                failures.Add($"{at}:Roles is empty: give it hub and/or operator.");
            }

            foreach (var role in settings.Roles.Where(r => !GatewayRoles.Configurable.Contains(r)))
            {
                failures.Add($"{at}:Roles has '{role}': the roles are {string.Join(" and ", GatewayRoles.Configurable)}.");
            }
        }

        if (options.Jwt.Enabled)
        {
            var jwt = GatewayAuthOptions.SectionName + ":Jwt";
            if (!Uri.TryCreate(options.Jwt.Authority, UriKind.Absolute, out var authority)
                || (authority.Scheme != Uri.UriSchemeHttps && options.Jwt.RequireHttpsMetadata))
            {
                failures.Add($"{jwt}:Authority must be an absolute https URL (the issuer), got '{options.Jwt.Authority}'.");
            }

            if (string.IsNullOrWhiteSpace(options.Jwt.Audience))
            {
                failures.Add($"{jwt}:Audience is required with {jwt}:Authority.");
            }

            if (string.IsNullOrWhiteSpace(options.Jwt.RoleClaim) || string.IsNullOrWhiteSpace(options.Jwt.NameClaim))
            {
                failures.Add($"{jwt}:RoleClaim and {jwt}:NameClaim must not be empty.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.Realm) || options.Realm.Contains('"', StringComparison.Ordinal))
        {
            failures.Add($"{GatewayAuthOptions.SectionName}:Realm must be a non-empty name without quotes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
