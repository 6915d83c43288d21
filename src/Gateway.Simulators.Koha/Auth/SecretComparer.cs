using System.Security.Cryptography;
using System.Text;

namespace Gateway.Simulators.Koha.Auth;

/// <summary>Constant-time comparison of configured and presented secrets.</summary>
internal static class SecretComparer
{
    public static bool Same(string? presented, string? expected) =>
        presented is not null && expected is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
