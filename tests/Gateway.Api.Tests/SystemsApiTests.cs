using System.Net;
using System.Text.Json;
using Gateway.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary><c>GET /api/v1/systems</c> and <c>GET /api/v1/systems/{id}</c>.</summary>
public sealed class SystemsApiTests
{
    private const string ClientId = "gateway-test-client";
    private const string ClientSecret = "test-secret-5f0c2a9e7d41";
    private const string PrivateHost = "koha-east.private.example.test";

    /// <summary>Credentials for every configured system and a recognisable vendor address: none may leak.</summary>
    private static readonly Dictionary<string, string?> Secrets = new()
    {
        ["Systems:koha-east:BaseUrl"] = $"https://{PrivateHost}:8443/",
        ["KohaAdapter:Credentials:koha-east:ClientId"] = ClientId,
        ["KohaAdapter:Credentials:koha-east:ClientSecret"] = ClientSecret,
        ["KohaAdapter:Credentials:koha-london:ClientId"] = ClientId,
        ["KohaAdapter:Credentials:koha-london:ClientSecret"] = ClientSecret,
        ["KohaAdapter:Credentials:koha-midlands:ClientId"] = ClientId,
        ["KohaAdapter:Credentials:koha-midlands:ClientSecret"] = ClientSecret,
    };

    [Fact]
    public async Task Lists_every_configured_system_with_vendor_region_and_library_codes()
    {
        await using var factory = GatewayFactory.With(Secrets);
        var client = factory.CreateClient();
        var configured = factory.Services.GetRequiredService<IConfiguration>().GetSection("Systems").GetChildren().ToList();

        var systems = await HttpJson.GetAsync(client, "/api/v1/systems");

        Assert.Equal(3, configured.Count);
        Assert.Equal(
            configured.Select(s => s.Key).Order(StringComparer.Ordinal),
            systems.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        foreach (var expected in configured)
        {
            var actual = systems.EnumerateArray().Single(s => s.GetProperty("id").GetString() == expected.Key);
            Assert.Equal(expected["Name"], actual.GetProperty("name").GetString());
            Assert.Equal(expected["Vendor"], actual.GetProperty("vendor").GetString());
            Assert.Equal("koha", actual.GetProperty("vendor").GetString());
            Assert.Equal(expected["Region"], actual.GetProperty("region").GetString());
            Assert.Equal(
                expected.GetSection("Libraries").GetChildren().Select(l => l["Code"]),
                actual.GetProperty("libraries").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        }
    }

    [Fact]
    public async Task Listing_never_exposes_base_urls_or_credentials()
    {
        await using var factory = GatewayFactory.With(Secrets);
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/systems", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = HttpJson.PropertyNames(document.RootElement).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => n.Equals("baseUrl", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, n => n.Contains("credential", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, n => n.Contains("secret", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(PrivateHost, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_system_is_served_without_its_base_url()
    {
        await using var factory = GatewayFactory.With(Secrets);
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/systems/koha-east", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var system = await HttpJson.ReadAsync(response);
        Assert.Equal("koha-east", system.GetProperty("id").GetString());
        Assert.DoesNotContain(HttpJson.PropertyNames(system), n => n.Equals("baseUrl", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(PrivateHost, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ClientSecret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_system_returns_404_problem()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/systems/nope", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Contains("'nope'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
