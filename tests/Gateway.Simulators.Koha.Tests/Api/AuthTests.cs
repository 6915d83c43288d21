using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class AuthTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    [Fact]
    public async Task Requests_without_a_token_get_401_with_koha_error_body()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/biblios");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":"Authentication failure."}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invalid_bearer_token_gets_401()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        using var response = await client.GetAsync("/api/v1/biblios/1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Client_credentials_give_a_bearer_token_that_works()
    {
        using var client = factory.CreateClient();
        using var tokenResponse = await KohaApi.TokenResponseAsync(client, KohaSimulatorFactory.ClientSecret);
        var body = await KohaApi.JsonAsync(tokenResponse);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("access_token").GetString());
        using var response = await client.GetAsync("/api/v1/biblios/1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_rejected_with_403()
    {
        using var client = factory.CreateClient();
        using var response = await KohaApi.TokenResponseAsync(client, "wrong");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True((await KohaApi.JsonAsync(response)).TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Another_grant_type_is_a_400()
    {
        using var client = factory.CreateClient();
        using var response = await KohaApi.TokenResponseAsync(client, KohaSimulatorFactory.ClientSecret, "password");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unimplemented grant type", (await KohaApi.JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Basic_auth_is_refused_unless_configured()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("koha:koha")));
        using var response = await client.GetAsync("/api/v1/biblios");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic authentication disabled", (await KohaApi.JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Basic_auth_works_when_configured()
    {
        await using var basic = KohaSimulatorFactory.With(new Dictionary<string, string?>
        {
            ["KohaSimulator:BasicUser"] = "koha",
            ["KohaSimulator:BasicPassword"] = "pa55",
        });
        using var client = basic.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("koha:pa55")));
        using var ok = await client.GetAsync("/api/v1/biblios/1");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("koha:nope")));
        using var rejected = await client.GetAsync("/api/v1/biblios/1");
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        await using var shortLived = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:TokenLifetimeSeconds"] = "1" });
        using var client = await shortLived.AuthorisedClientAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1200), TestContext.Current.CancellationToken);
        using var response = await client.GetAsync("/api/v1/biblios/1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_up_fails_clearly_without_a_client_secret()
    {
        var error = await SimulatorStartUp.FailureAsync(new Dictionary<string, string?> { ["KohaSimulator:ClientSecret"] = "" });

        Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(error);
        Assert.Contains("ClientSecret", error.Message, StringComparison.Ordinal);
    }
}
