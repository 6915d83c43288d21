using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary>
/// Who may call what over HTTP (decision 0037): 401 problems with a challenge, 403 problems for a missing role, keys as
/// bearer, X-Api-Key or (on /oai) Basic, and the paths that stay open.
/// </summary>
public sealed class AccessHttpTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/records?q=x")]
    [InlineData("/api/v1/records/koha-east:1")]
    [InlineData("/api/v1/records/koha-east:1/availability")]
    [InlineData("/api/v1/systems")]
    [InlineData("/api/v1/ops/problems")]
    [InlineData("/api/v1/records/koha-east:1/provenance")]
    [InlineData("/metrics")]
    public async Task Anonymous_request_is_a_401_problem_with_a_bearer_challenge(string path)
    {
        using var response = await factory.CreateAnonymousClient().GetAsync(new Uri(path, UriKind.Relative), Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Equal("realm=\"library-hub-gateway\"", challenge.Parameter);
        Assert.Contains("Authorization: Bearer <key>", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_oai_request_is_challenged_for_basic_and_bearer()
    {
        using var response = await factory.CreateAnonymousClient().GetAsync(new Uri("/oai?verb=Identify", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
        Assert.Equal(["Basic", "Bearer"], response.Headers.WwwAuthenticate.Select(c => c.Scheme));
        Assert.Contains("charset=\"UTF-8\"", response.Headers.WwwAuthenticate.First().Parameter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("X-Api-Key")]
    public async Task A_key_no_client_has_is_a_401_invalid_token(string header)
    {
        using var client = factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/systems", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, header == "Authorization" ? "Bearer not-a-key-of-anyone" : "not-a-key-of-anyone");

        using var response = await client.SendAsync(request, Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
        Assert.Contains("error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        Assert.StartsWith("The key presented is not known", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/ops/problems")]
    [InlineData("/api/v1/ops/reconciliation")]
    [InlineData("/api/v1/records/koha-east:1/provenance")]
    [InlineData("/metrics")]
    public async Task Hub_key_on_an_operator_path_is_a_403_problem_naming_client_and_role(string path)
    {
        using var response = await factory.CreateClientWithKey(factory.HubKey).GetAsync(new Uri(path, UriKind.Relative), Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("'test-hub'", detail, StringComparison.Ordinal);
        Assert.Contains("'operator'", detail, StringComparison.Ordinal);
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData("/api/v1/records?q=x")]
    [InlineData("/api/v1/systems")]
    [InlineData("/oai?verb=Identify")]
    public async Task Operator_key_without_the_hub_role_is_a_403_on_hub_paths(string path)
    {
        using var response = await factory.CreateClientWithKey(factory.OperatorKey).GetAsync(new Uri(path, UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Operator_key_opens_operator_paths()
    {
        var client = factory.CreateClientWithKey(factory.OperatorKey);

        using var problems = await client.GetAsync(new Uri("/api/v1/ops/problems", UriKind.Relative), Ct);
        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative), Ct);
        using var provenance = await client.GetAsync(new Uri("/api/v1/records/koha-east:999999/provenance", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, problems.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        await ProblemAssert.IsProblemAsync(provenance, HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Hub_key_reads_records_systems_availability_and_oai_as_bearer_or_x_api_key()
    {
        var bearer = factory.CreateClientWithKey(factory.HubKey);
        var header = factory.CreateAnonymousClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", factory.HubKey);

        foreach (var client in new[] { bearer, header })
        {
            using var records = await client.GetAsync(new Uri("/api/v1/records?q=medicine", UriKind.Relative), Ct);
            using var systems = await client.GetAsync(new Uri("/api/v1/systems", UriKind.Relative), Ct);
            using var oai = await client.GetAsync(new Uri("/oai?verb=Identify", UriKind.Relative), Ct);
            using var availability = await client.PostAsJsonAsync(new Uri("/api/v1/availability", UriKind.Relative), new { ids = new[] { "koha-east:1" } }, Ct);

            Assert.Equal(HttpStatusCode.OK, records.StatusCode);
            Assert.Equal(HttpStatusCode.OK, systems.StatusCode);
            Assert.Equal(HttpStatusCode.OK, oai.StatusCode);
            Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        }
    }

    [Fact]
    public async Task Basic_with_the_client_name_and_key_harvests_oai()
    {
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = Basic("test-hub", factory.HubKey);

        using var response = await client.GetAsync(new Uri("/oai?verb=Identify", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Identify>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_with_another_client_s_name_is_refused()
    {
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = Basic("test-operator", factory.HubKey);

        using var response = await client.GetAsync(new Uri("/oai?verb=Identify", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
    }

    [Fact]
    public async Task Basic_is_refused_outside_oai()
    {
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = Basic("test-hub", factory.HubKey);

        using var response = await client.GetAsync(new Uri("/api/v1/systems", UriKind.Relative), Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ProblemTypes.Unauthorized);
        Assert.StartsWith("HTTP Basic is accepted on /oai only", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs")]
    public async Task Open_paths_need_no_key(string path)
    {
        using var response = await factory.CreateAnonymousClient().GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_shows_its_checks_to_operators_only()
    {
        var anonymous = await HealthAsync(factory.CreateAnonymousClient());
        var hub = await HealthAsync(factory.CreateClientWithKey(factory.HubKey));
        var operatorView = await HealthAsync(factory.CreateClientWithKey(factory.OperatorKey));

        Assert.True(anonymous.TryGetProperty("status", out _));
        Assert.False(anonymous.TryGetProperty("checks", out _));
        Assert.False(hub.TryGetProperty("checks", out _));
        Assert.True(operatorView.GetProperty("checks").TryGetProperty("catalogue-db", out _));
    }

    [Fact]
    public async Task A_wrong_key_on_an_open_path_does_not_close_it()
    {
        using var client = factory.CreateClientWithKey("not-a-key-of-anyone");

        using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static AuthenticationHeaderValue Basic(string name, string key) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{key}")));

    private static async Task<JsonElement> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"/health answered {(int)response.StatusCode}");
        return await HttpJson.ReadAsync(response);
    }
}
