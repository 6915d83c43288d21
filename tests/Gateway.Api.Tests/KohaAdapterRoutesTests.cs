using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// The Koha adapter inside the embedded gateway: live availability served and documented, and an item deleted in
/// Koha (pushed, then read through OAI-PMH) leaving the record's holdings in the catalogue.
/// </summary>
public sealed class KohaAdapterRoutesTests
{
    private const string WebhookSecret = "push-secret-for-tests";
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Embedded_gateway_serves_live_availability_and_documents_it()
    {
        await using var simulator = new KohaSimulatorFactory(20, _secret);
        await using var gateway = Gateway(simulator);
        var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/adapters/koha-east/availability", UriKind.Relative), new { recordIds = new[] { "1", "2" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["1", "2"], body.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("vendorRecordId").GetString()));
        var document = await HttpJson.GetAsync(client, "/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/adapters/{systemId}/availability", out _));
    }

    [Fact]
    public async Task An_item_deleted_in_koha_leaves_the_record_s_holdings()
    {
        await using var simulator = new KohaSimulatorFactory(30, _secret, new Dictionary<string, string> { ["KohaSimulator:OaiPmh:IncludeItems"] = "true" });
        await using var gateway = Gateway(simulator, new Dictionary<string, string?> { ["KohaAdapter:OaiPmh:koha-east:MetadataPrefix"] = "marcxml" });
        var client = gateway.CreateClient();
        var koha = simulator.CreateClient();
        koha.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(koha));
        var items = await koha.GetFromJsonAsync<List<KohaItem>>(new Uri("/api/v1/items?_per_page=-1", UriKind.Relative));
        var item = items!.First(i => i.CheckedOutDate is null && items!.Count(o => o.BiblioId == i.BiblioId) > 1);
        var recordId = $"koha-east:{item.BiblioId.ToString(CultureInfo.InvariantCulture)}";
        var count = items!.Count(i => i.BiblioId == item.BiblioId);
        await Eventually.AssertAsync(async () => await ItemCountAsync(client, recordId) == count, TimeSpan.FromSeconds(60), $"{recordId} with {count} items");

        using (var deleted = await koha.DeleteAsync(new Uri($"/api/v1/items/{item.ItemId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var body = $$"""{"event":"item_deleted","biblio_id":{{item.BiblioId}},"item_id":{{item.ItemId}},"event_id":"{{Guid.NewGuid()}}"}""";
        using var push = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/vendor-events/koha-east", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        push.Headers.Add("X-Koha-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes(body))));
        using (var accepted = await client.SendAsync(push))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        // The poll interval is ten minutes: the pushed event wakes the harvest, whose OAI-PMH pass finds the deletion.
        await Eventually.AssertAsync(async () => await ItemCountAsync(client, recordId) == count - 1, TimeSpan.FromSeconds(30), $"{recordId} down to {count - 1} items");
    }

    private static async Task<int> ItemCountAsync(HttpClient client, string recordId)
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/records/{recordId}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return -1;
        }

        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        return record.GetProperty("holdings").EnumerateArray().Sum(h => h.GetProperty("items").GetInt32());
    }

    private async Task<string> TokenAsync(HttpClient koha)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "gateway",
            ["client_secret"] = _secret,
        });
        using var token = await koha.PostAsync(new Uri("/api/v1/oauth/token", UriKind.Relative), form);
        return (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private GatewayFactory Gateway(KohaSimulatorFactory simulator, IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Modules:KohaAdapter"] = "true",
            ["Systems:koha-east:BaseUrl"] = simulator.Server.BaseAddress.ToString(),
            ["Systems:koha-london:Enabled"] = "false",
            ["Systems:koha-midlands:Enabled"] = "false",
            ["KohaAdapter:Credentials:koha-east:ClientId"] = "gateway",
            ["KohaAdapter:Credentials:koha-east:ClientSecret"] = _secret,
            ["KohaAdapter:WebhookSecrets:koha-east"] = WebhookSecret,
            ["KohaAdapter:SettleTime"] = "00:00:00",
            ["KohaAdapter:PollInterval"] = "00:10:00",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return GatewayFactory.With(settings, services => services.AddHttpClient(KohaApiClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler()));
    }
}
