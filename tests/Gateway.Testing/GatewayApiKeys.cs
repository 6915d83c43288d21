using System.Security.Cryptography;
using System.Text;

namespace Gateway.Testing;

/// <summary>
/// Keys for the gateway's clients in tests that start it as a process (decision 0037): random for each run, given to the
/// gateway only as <c>Gateway__Auth__Clients__{name}__KeyHash</c> (their SHA-256) and roles.
/// </summary>
public static class GatewayApiKeys
{
    /// <summary>A new random key: 32 bytes, base64url.</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 of the key in hex, as <c>Gateway:Auth:Clients:{name}:KeyHash</c> holds it.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The environment entries that make <paramref name="name"/> a client with this key and these roles.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ClientEnvironment(string name, string key, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        yield return new($"Gateway__Auth__Clients__{name}__KeyHash", HashHex(key));
        for (var i = 0; i < roles.Length; i++)
        {
            yield return new($"Gateway__Auth__Clients__{name}__Roles__{i}", roles[i]);
        }
    }
}
