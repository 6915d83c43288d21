using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Gateway.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Api.Tests;

/// <summary>
/// With <c>Gateway:Auth:Jwt</c> set, an identity provider's tokens are accepted beside API keys, roles from the
/// <c>roles</c> claim; a bad token is a 401 problem. The provider's metadata is given in memory (no network).
/// </summary>
public sealed class JwtAccessTests : IAsyncDisposable
{
    private const string Issuer = "https://idp.test/";
    private const string Audience = "api://library-hub-gateway";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly GatewayFactory _gateway;

    public JwtAccessTests()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
        metadata.SigningKeys.Add(_key);
        _gateway = GatewayFactory.With(
            new Dictionary<string, string?> { ["Gateway:Auth:Jwt:Authority"] = Issuer, ["Gateway:Auth:Jwt:Audience"] = Audience },
            services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Configuration = metadata));
    }

    [Fact]
    public async Task A_token_with_the_hub_role_reads_records_but_not_operator_paths()
    {
        using var client = ClientWith(Token(["hub"]));

        using var records = await client.GetAsync(new Uri("/api/v1/records?q=x", UriKind.Relative), Ct);
        using var problems = await client.GetAsync(new Uri("/api/v1/ops/problems", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, records.StatusCode);
        await ProblemAssert.IsProblemAsync(problems, HttpStatusCode.Forbidden, ProblemTypes.Forbidden, requireDetail: false);
    }

    [Fact]
    public async Task A_token_with_the_operator_role_opens_operator_paths()
    {
        using var client = ClientWith(Token(["operator"]));

        using var problems = await client.GetAsync(new Uri("/api/v1/ops/problems", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, problems.StatusCode);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("other-audience")]
    [InlineData("other-key")]
    public async Task A_bad_token_is_a_401_problem(string fault)
    {
        var token = fault switch
        {
            "expired" => Token(["hub"], expires: DateTime.UtcNow.AddMinutes(-10)),
            "other-audience" => Token(["hub"], audience: "api://someone-else"),
            _ => Token(["hub"], key: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32))),
        };
        using var client = ClientWith(token);

        using var response = await client.GetAsync(new Uri("/api/v1/records?q=x", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized, requireDetail: false);
        Assert.Contains(response.Headers.WwwAuthenticate, c => c.Scheme == "Bearer");
    }

    [Fact]
    public async Task Api_keys_still_work_beside_tokens()
    {
        using var client = _gateway.CreateClientWithKey(_gateway.HubKey);

        using var records = await client.GetAsync(new Uri("/api/v1/records?q=x", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, records.StatusCode);
    }

    public async ValueTask DisposeAsync() => await _gateway.DisposeAsync();

    private HttpClient ClientWith(string token)
    {
        var client = _gateway.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private string Token(string[] roles, DateTime? expires = null, string audience = Audience, SecurityKey? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(10)).AddMinutes(-30),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["roles"] = roles, ["azp"] = "hub-app" },
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.HmacSha256),
        });
}
