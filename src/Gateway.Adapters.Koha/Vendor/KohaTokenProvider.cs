using System.Collections.Concurrent;
using System.Net.Http.Json;
using Gateway.Adapters.Koha.Options;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// OAuth2 client-credentials tokens per system, cached until shortly before they expire and refreshed on demand
/// (also when Koha answers 401 because a token expired early).
/// </summary>
internal sealed class KohaTokenProvider(
    IHttpClientFactory httpClients, IOptionsMonitor<KohaAdapterOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, CachedToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<string> GetTokenAsync(RegionalSystem system, CancellationToken ct)
    {
        if (_tokens.TryGetValue(system.Id, out var cached) && cached.ValidUntil > clock.GetUtcNow())
        {
            return cached.AccessToken;
        }

        var gate = _locks.GetOrAdd(system.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (_tokens.TryGetValue(system.Id, out cached) && cached.ValidUntil > clock.GetUtcNow())
            {
                return cached.AccessToken;
            }

            var token = await RequestTokenAsync(system, ct);
            var lifetime = TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 1));
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            _tokens[system.Id] = new CachedToken(token.AccessToken, clock.GetUtcNow() + lifetime - margin);
            return token.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate(string systemId) => _tokens.TryRemove(systemId, out _);

    private async Task<KohaTokenResponse> RequestTokenAsync(RegionalSystem system, CancellationToken ct)
    {
        var credentials = options.CurrentValue.Credentials.GetValueOrDefault(system.Id)
            ?? throw new KohaApiException($"No credentials configured for Koha system '{system.Id}'.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.ClientId ?? "",
            ["client_secret"] = credentials.ClientSecret ?? "",
        });
        var client = httpClients.CreateClient(KohaApiClient.HttpClientName);
        using var response = await client.PostAsync(new Uri(system.BaseUrl, "api/v1/oauth/token"), form, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await KohaApiClient.ErrorFromAsync(response, $"token request to {system.Id} was refused", ct);
        }

        return await response.Content.ReadFromJsonAsync<KohaTokenResponse>(ct)
            ?? throw new KohaApiException($"{system.Id} answered the token request with an empty body.");
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset ValidUntil);
}
