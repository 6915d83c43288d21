using System.Security.Cryptography;
using System.Text;
using Gateway.Simulators.Koha.Faults;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.State;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Auth;

/// <summary>
/// Koha::REST::V1::Auth for staff routes: a Bearer token must be valid (no fallback to other schemes), Basic
/// needs RESTBasicAuth (here: BasicUser/BasicPassword configured), anything else fails with 401.
/// </summary>
internal sealed class KohaAuthentication(TokenStore tokens, IOptions<KohaSimulatorOptions> options, FaultState faults, SimulatorStats stats)
{
    /// <summary>Null when the request is authenticated, else the 401 error message.</summary>
    public string? Check(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var check = tokens.Use(header["Bearer ".Length..].Trim(), faults.Settings.ExpireTokensAfterRequests);
            if (check == TokenCheck.UsedUp)
            {
                stats.Fault("token_expired");
            }

            return check == TokenCheck.Valid ? null : "Authentication failure.";
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var settings = options.Value;
            if (!settings.BasicAuthEnabled)
            {
                return "Basic authentication disabled";
            }

            return BasicMatches(header["Basic ".Length..].Trim(), settings) ? null : "Authentication failure.";
        }

        return "Authentication failure.";
    }

    private static bool BasicMatches(string encoded, KohaSimulatorOptions settings)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(settings.BasicUser + ":" + settings.BasicPassword);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded), expected);
    }
}
