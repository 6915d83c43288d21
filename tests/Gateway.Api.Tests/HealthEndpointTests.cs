using System.Net;
using System.Text.Json;
using Gateway.Testing;

namespace Gateway.Api.Tests;

/// <summary><c>/health</c> (every check) and <c>/alive</c> (liveness only).</summary>
public sealed class HealthEndpointTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Health_is_200_json_with_the_catalogue_database_search_backlog_and_bus_checks()
    {
        var client = factory.CreateClient();

        // The bus starts in the background: wait for it rather than assume.
        var body = await Eventually.GetAsync(
            async () =>
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                return (response.StatusCode, Body: await HttpJson.ReadAsync(response));
            },
            r => r.StatusCode == HttpStatusCode.OK,
            Timeout,
            "/health answers 200",
            cancellationToken: TestContext.Current.CancellationToken);

        var checks = body.Body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("catalogue-db").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
        var search = checks.GetProperty("catalogue-search-backlog");
        Assert.Equal("Healthy", search.GetProperty("status").GetString());
        Assert.Equal("0 search-row refreshes waiting", search.GetProperty("description").GetString());
        Assert.False(checks.TryGetProperty("koha-harvest", out _), "the Koha adapter module is off in these tests");
    }

    [Fact]
    public async Task Alive_is_200_and_runs_no_readiness_check()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await HttpJson.ReadAsync(response)).GetProperty("checks");
        Assert.Equal(JsonValueKind.Object, checks.ValueKind);
        Assert.False(checks.TryGetProperty("catalogue-db", out _));
        Assert.False(checks.TryGetProperty("masstransit-bus", out _));
    }
}
