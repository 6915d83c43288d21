using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Auth;

/// <summary>
/// The clients' key hashes, and the search for the client a presented key belongs to: the key is hashed (SHA-256) and
/// compared with every client's hash in constant time, with no early exit, so neither the time taken nor a hash ever
/// says how close a guess was. Keys themselves are never kept.
/// </summary>
internal sealed class ClientKeys
{
    private readonly ApiClient[] _clients;

    public ClientKeys(IOptions<GatewayAuthOptions> options, InProcessCaller inProcess)
    {
        _clients =
        [
            .. options.Value.Clients.Select(c => new ApiClient(c.Key, Convert.FromHexString(c.Value.KeyHash!), [.. c.Value.Roles])),
            new ApiClient(InProcessCaller.ClientName, inProcess.KeyHash, [GatewayRoles.InProcess]),
        ];
    }

    /// <summary>The configured clients' names (the in-process caller left out).</summary>
    public IEnumerable<string> Names => _clients.Select(c => c.Name).Where(n => n != InProcessCaller.ClientName);

    /// <summary>The client whose key this is, or null.</summary>
    public ApiClient? Find(string key)
    {
        var hash = Hash(key);
        ApiClient? found = null;
        foreach (var client in _clients)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, client.KeyHash))
            {
                found = client;
            }
        }

        return found;
    }

    /// <summary>The SHA-256 of a key's UTF-8 bytes.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The SHA-256 of a key as configuration holds it: 64 lower-case hexadecimal digits.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(Hash(key));

    /// <summary>Whether a configured hash is 64 hexadecimal digits.</summary>
    public static bool TryParseHash(string? text, out byte[] hash)
    {
        hash = [];
        if (text is not { Length: 64 } || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        hash = Convert.FromHexString(text);
        return true;
    }

    /// <summary>A new random key: 32 bytes, base64url (43 characters).</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
