using System.Security.Claims;
using System.Text;
using Gateway.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Tests;

/// <summary>The key scheme on its own, no server: what it accepts, whom it finds, and what it refuses and why.</summary>
public sealed class ApiKeyAuthenticationHandlerTests : IAsyncDisposable
{
    private static readonly string HubKey = ClientKeys.NewKey();
    private static readonly string OpsKey = ClientKeys.NewKey();
    private readonly ServiceProvider _services;

    public ApiKeyAuthenticationHandlerTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProblemDetails();
        services.Configure<GatewayAuthOptions>(o =>
        {
            o.Clients["hub-client"] = new ApiClientOptions { KeyHash = ClientKeys.HashHex(HubKey), Roles = ["hub"] };
            o.Clients["ops-client"] = new ApiClientOptions { KeyHash = ClientKeys.HashHex(OpsKey).ToUpperInvariant(), Roles = ["operator", "hub"] };
        });
        services.AddSingleton<InProcessCaller>();
        services.AddSingleton<ClientKeys>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Bearer_key_finds_its_client_and_roles()
    {
        var result = await AuthenticateAsync("/api/v1/records", ("Authorization", $"Bearer {OpsKey}"));

        Assert.True(result.Succeeded);
        Assert.Equal("ops-client", result.Principal!.Identity!.Name);
        Assert.True(result.Principal.IsInRole("operator"));
        Assert.True(result.Principal.IsInRole("hub"));
        Assert.Equal(["hub", "operator"], result.Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order());
    }

    [Fact]
    public async Task X_api_key_header_is_the_same_key()
    {
        var result = await AuthenticateAsync("/api/v1/records", ("X-Api-Key", HubKey));

        Assert.Equal("hub-client", result.Principal?.Identity?.Name);
        Assert.False(result.Principal!.IsInRole("operator"));
    }

    [Fact]
    public async Task Basic_is_read_on_oai_only()
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"hub-client:{HubKey}"));

        var oai = await AuthenticateAsync("/oai", ("Authorization", basic));
        var records = await AuthenticateAsync("/api/v1/records", ("Authorization", basic));

        Assert.Equal("hub-client", oai.Principal?.Identity?.Name);
        Assert.False(records.Succeeded);
        Assert.Equal("basic_not_accepted", records.Failure?.Message);
    }

    [Theory]
    [InlineData("Authorization", "Bearer nobody-has-this-key", "unknown_key")]
    [InlineData("Authorization", "Bearer ", "malformed")]
    [InlineData("Authorization", "Digest username=x", "unsupported_scheme")]
    [InlineData("Authorization", "Basic not base64!", "malformed")]
    [InlineData("X-Api-Key", " ", "malformed")]
    public async Task Unusable_credentials_fail_with_their_reason(string header, string value, string reason)
    {
        var result = await AuthenticateAsync("/oai", (header, value));

        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.Failure?.Message);
    }

    [Fact]
    public async Task Basic_name_must_be_the_key_s_client()
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"ops-client:{HubKey}"));

        var result = await AuthenticateAsync("/oai", ("Authorization", basic));

        Assert.Equal("unknown_key", result.Failure?.Message);
    }

    [Fact]
    public async Task Two_credentials_at_once_are_malformed()
    {
        var result = await AuthenticateAsync("/api/v1/records", ("Authorization", $"Bearer {HubKey}"), ("X-Api-Key", HubKey));

        Assert.Equal("malformed", result.Failure?.Message);
    }

    [Fact]
    public async Task No_credentials_is_no_result_not_a_failure()
    {
        var result = await AuthenticateAsync("/api/v1/records");

        Assert.True(result.None);
    }

    [Fact]
    public async Task The_in_process_caller_holds_only_its_own_role()
    {
        var key = _services.GetRequiredService<InProcessCaller>().Key;

        var result = await AuthenticateAsync("/api/v1/adapters/koha-east/availability", ("Authorization", $"Bearer {key}"));

        Assert.Equal(InProcessCaller.ClientName, result.Principal?.Identity?.Name);
        Assert.Equal([GatewayRoles.InProcess], result.Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task Challenge_on_oai_offers_basic_then_bearer_and_writes_a_problem()
    {
        var context = Context("/oai", ("Authorization", "Bearer nobody-has-this-key"));
        await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);

        await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal(
            ["Basic realm=\"library-hub-gateway\", charset=\"UTF-8\"", "Bearer realm=\"library-hub-gateway\", error=\"invalid_token\""],
            context.Response.Headers.WWWAuthenticate.Select(v => v ?? ""));
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"type\":\"https://nhs-library-hub.example/problems/unauthorized\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody-has-this-key", body, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task<AuthenticateResult> AuthenticateAsync(string path, params (string Name, string Value)[] headers) =>
        await Context(path, headers).AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);

    private DefaultHttpContext Context(string path, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext { RequestServices = _services.CreateScope().ServiceProvider };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        foreach (var (name, value) in headers)
        {
            context.Request.Headers.Append(name, value);
        }

        return context;
    }
}
