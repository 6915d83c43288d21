using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.ServiceDefaults;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// <c>POST /api/v1/vendor-events/{systemId}</c>: signed pushes wake the harvest (long before the next poll), and a
/// change pushed twice and then polled is published once. Vendors present no gateway key: the signature is the
/// authentication (decision 0037).
/// </summary>
public sealed class VendorEventsTests
{
    private const string WebhookSecret = "push-secret-for-tests";
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Signed_event_brings_a_change_in_before_the_next_poll_and_only_once()
    {
        await using var simulator = new KohaSimulatorFactory(40, _secret);
        await using var gateway = Gateway(simulator);
        var client = gateway.CreateClient();
        var vendor = gateway.CreateAnonymousClient(); // vendors sign their events (HMAC) and hold no gateway key
        await Eventually.AssertAsync(async () => (await CountAsync(client)) == 40, TimeSpan.FromSeconds(60), "initial load");

        using var advance = await simulator.CreateClient().PostAsync(new Uri("/_sim/advance?ticks=1&changes=30", UriKind.Relative), null);
        var updated = (await advance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").EnumerateArray()
            .First(c => c.GetProperty("kind").GetString() == "BiblioUpdated");
        var id = updated.GetProperty("biblioId").GetInt32();
        var at = DateTimeOffset.Parse(updated.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var body = $$"""{"event":"biblio_modified","biblio_id":{{id}},"item_id":null,"timestamp":"{{updated.GetProperty("timestamp").GetString()}}","event_id":"{{Guid.NewGuid()}}"}""";
        for (var i = 0; i < 2; i++)
        {
            using var response = await PostAsync(vendor, "koha-east", body, Sign(body));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        // The poll interval is ten minutes: only the pushed event can bring the change in this soon.
        await Eventually.AssertAsync(
            async () => (await HttpJson.GetAsync(client, $"/api/v1/records/koha-east:{id}")).GetProperty("sourceTimestamp").GetDateTimeOffset() == at,
            TimeSpan.FromSeconds(20), $"koha-east:{id} updated after the push");

        var published = PublishedRecordChanges.Of(gateway.Harness)
            .Count(m => m.VendorRecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && m.SourceTimestamp == at);
        Assert.Equal(1, published);
    }

    [Theory]
    [InlineData("koha-east", "sha256=00", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("koha-east", null, HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("koha-london", "valid", HttpStatusCode.NotFound, "not-found")] // no secret configured: not accepting
    [InlineData("nope", "valid", HttpStatusCode.NotFound, "not-found")]
    public async Task Unsigned_wrongly_signed_or_unknown_is_refused_with_a_problem(string system, string? signature, HttpStatusCode status, string type)
    {
        await using var simulator = new KohaSimulatorFactory(5, _secret);
        await using var gateway = Gateway(simulator);
        const string body = """{"event":"biblio_modified","biblio_id":1}""";

        using var response = await PostAsync(gateway.CreateAnonymousClient(), system, body, signature == "valid" ? Sign(body) : signature);

        await ProblemAssert.IsProblemAsync(response, status, type, requireDetail: true);
    }

    [Theory]
    [InlineData("""{"event":"biblio_modified","biblio_id":""", HttpStatusCode.BadRequest)]
    [InlineData("""{"event":"patron_modified","biblio_id":1}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"event":"biblio_modified"}""", HttpStatusCode.BadRequest)]
    public async Task Signed_but_malformed_event_is_a_400_problem(string body, HttpStatusCode status)
    {
        await using var simulator = new KohaSimulatorFactory(5, _secret);
        await using var gateway = Gateway(simulator);

        using var response = await PostAsync(gateway.CreateAnonymousClient(), "koha-east", body, Sign(body));

        await ProblemAssert.IsProblemAsync(response, status, ProblemTypes.InvalidRequest, requireDetail: true);
    }

    [Fact]
    public async Task Huge_event_is_refused_with_413()
    {
        await using var simulator = new KohaSimulatorFactory(5, _secret);
        await using var gateway = Gateway(simulator);
        var body = $$"""{"event":"biblio_modified","biblio_id":1,"pad":"{{new string('x', 200_000)}}"}""";

        using var response = await PostAsync(gateway.CreateAnonymousClient(), "koha-east", body, Sign(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge, requireDetail: true);
    }

    private GatewayFactory Gateway(KohaSimulatorFactory simulator) => GatewayFactory.With(
        new Dictionary<string, string?>
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
        },
        services => services.AddHttpClient(KohaApiClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler()));

    private static string Sign(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes(body)));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string system, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/vendor-events/{system}", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.Add("X-Koha-Signature", signature);
        }

        return await client.SendAsync(request);
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (await HttpJson.GetAsync(client, "/api/v1/records?system=koha-east&limit=200")).GetProperty("items").EnumerateArray()
            .Sum(hit => HttpJson.Strings(hit.GetProperty("sources")).Count(id => id.StartsWith("koha-east:", StringComparison.Ordinal)));
}
