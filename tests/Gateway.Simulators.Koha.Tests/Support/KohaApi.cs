using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>Small helpers for calling the simulated Koha API.</summary>
public static class KohaApi
{
    public static async Task<string> TokenAsync(HttpClient client, string secret = KohaSimulatorFactory.ClientSecret)
    {
        using var response = await TokenResponseAsync(client, secret);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    public static Task<HttpResponseMessage> TokenResponseAsync(HttpClient client, string secret, string grantType = "client_credentials") =>
        client.PostAsync("/api/v1/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = KohaSimulatorFactory.ClientId,
            ["client_secret"] = secret,
        }));

    /// <summary>A GET with an explicit Accept header.</summary>
    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string accept = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>URL-encodes a q= JSON query.</summary>
    public static string Q(string json) => Uri.EscapeDataString(json);

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
