using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>The test's own view of the simulator: Koha reads as an oracle (with a token), stats and faults.</summary>
internal sealed class SimulatorControl(SimulatorFactory simulator, string secret)
{
    public async Task<T> KohaAsync<T>(string path, string? embed = null)
    {
        var client = simulator.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client));
        if (embed is not null)
        {
            request.Headers.Add("x-koha-embed", embed);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>Koha's <c>DELETE /api/v1/items/{id}</c>; returns the status code.</summary>
    public async Task<System.Net.HttpStatusCode> DeleteItemAsync(long itemId)
    {
        var client = simulator.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/v1/items/{itemId}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public async Task<JsonElement> StatsAsync() =>
        await simulator.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/_sim/stats", UriKind.Relative));

    /// <summary>Calls counted for one route kind (e.g. <c>biblio_items</c>, <c>holds</c>) since the last reset.</summary>
    public async Task<long> CallsAsync(string kind) =>
        (await StatsAsync()).GetProperty("calls").TryGetProperty(kind, out var count) ? count.GetInt64() : 0;

    public async Task ResetStatsAsync()
    {
        using var response = await simulator.CreateClient().DeleteAsync(new Uri("/_sim/stats", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    public async Task SetFaultsAsync(object faults)
    {
        using var response = await simulator.CreateClient().PostAsJsonAsync(new Uri("/_sim/faults", UriKind.Relative), faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await simulator.CreateClient().DeleteAsync(new Uri("/_sim/faults", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    private async Task<string?> TokenAsync(HttpClient client)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "gateway",
            ["client_secret"] = secret,
        });
        using var token = await client.PostAsync(new Uri("/api/v1/oauth/token", UriKind.Relative), form);
        return (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
    }
}
