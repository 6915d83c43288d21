using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Gateway.Simulators.Koha.Auth;

/// <summary>Issued OAuth2 access tokens, their expiry instants and how many requests each has authenticated.</summary>
internal sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public string Issue(TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        if (_tokens.Count > 10_000)
        {
            foreach (var expired in _tokens.Where(t => t.Value.Expiry <= now).Select(t => t.Key).ToList())
            {
                _tokens.TryRemove(expired, out _);
            }
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = new IssuedToken(now + lifetime);
        return token;
    }

    public bool IsValid(string token) => Use(token, maxRequests: 0) == TokenCheck.Valid;

    /// <summary>Counts one use of the token; with <paramref name="maxRequests"/> &gt; 0 a token is used up after that many requests.</summary>
    public TokenCheck Use(string token, int maxRequests)
    {
        if (!_tokens.TryGetValue(token, out var issued))
        {
            return TokenCheck.Unknown;
        }

        if (time.GetUtcNow() >= issued.Expiry)
        {
            return TokenCheck.Expired;
        }

        var uses = issued.Use();
        return maxRequests > 0 && uses > maxRequests ? TokenCheck.UsedUp : TokenCheck.Valid;
    }

    /// <summary>Forgets every token (simulates a Koha restart that dropped its token table).</summary>
    public void RevokeAll() => _tokens.Clear();

    private sealed class IssuedToken(DateTimeOffset expiry)
    {
        private int _uses;

        public DateTimeOffset Expiry { get; } = expiry;

        public int Use() => Interlocked.Increment(ref _uses);
    }
}
