using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Gateway.Simulators.Koha.Auth;

/// <summary>Issued OAuth2 access tokens and their expiry instants.</summary>
internal sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);

    public string Issue(TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        if (_tokens.Count > 10_000)
        {
            foreach (var expired in _tokens.Where(t => t.Value <= now).Select(t => t.Key).ToList())
            {
                _tokens.TryRemove(expired, out _);
            }
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = now + lifetime;
        return token;
    }

    public bool IsValid(string token) => _tokens.TryGetValue(token, out var expiry) && time.GetUtcNow() < expiry;

    /// <summary>Forgets every token (simulates a Koha restart that dropped its token table).</summary>
    public void RevokeAll() => _tokens.Clear();
}
