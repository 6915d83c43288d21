using System.Text.Json;
using Gateway.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// Every endpoint the embedded gateway maps (every module on) is named by the access table and carries its policy,
/// and the OpenAPI document declares the schemes and which operations need them.
/// </summary>
public sealed class AccessTableEndpointTests
{
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Every_endpoint_has_the_policy_the_table_names_for_it()
    {
        await using var simulator = new KohaSimulatorFactory(5, _secret);
        await using var gateway = EmbeddedKoha.Gateway(simulator, _secret);
        using var client = gateway.CreateClient();
        using var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative), TestContext.Current.CancellationToken);

        var endpoints = gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.Contains("{**catch-all}", StringComparison.Ordinal)) // YARP's routes: per-path policy
            .ToDictionary(e => $"{string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}", e => e);

        foreach (var (name, endpoint) in endpoints)
        {
            var rule = endpoint.Metadata.GetMetadata<AccessRule>();
            Assert.True(rule is not null, $"{name} has no access rule");
            Assert.True(!ReferenceEquals(rule, AccessTable.Unlisted), $"{name} is not named in the access table");
        }

        Assert.Equal("hub", Policy(endpoints, "GET /api/v1/records/"));
        Assert.Equal("hub", Policy(endpoints, "GET /api/v1/records/{id}"));
        Assert.Equal("hub", Policy(endpoints, "GET /api/v1/records/{id}/availability"));
        Assert.Equal("hub", Policy(endpoints, "POST /api/v1/availability"));
        Assert.Equal("hub", Policy(endpoints, "GET /api/v1/systems/"));
        Assert.Equal("hub", Policy(endpoints, "GET,POST /oai"));
        Assert.Equal("operator", Policy(endpoints, "GET /api/v1/records/{id}/provenance"));
        Assert.Equal("operator", Policy(endpoints, "GET /api/v1/ops/problems"));
        Assert.Equal("operator", Policy(endpoints, "GET /api/v1/ops/reconciliation/{systemId}"));
        Assert.Equal("operator", Policy(endpoints, " /metrics"));
        Assert.Equal("internal", Policy(endpoints, "POST /api/v1/adapters/{systemId}/availability/"));
        Assert.Null(Policy(endpoints, "POST /api/v1/vendor-events/{systemId}"));
        Assert.Null(Policy(endpoints, " /alive"));
        Assert.Null(Policy(endpoints, " /health"));
        Assert.NotNull(endpoints["POST /api/v1/vendor-events/{systemId}"].Metadata.GetMetadata<IAllowAnonymous>());
    }

    [Fact]
    public async Task OpenApi_declares_the_schemes_and_which_operations_need_them()
    {
        await using var simulator = new KohaSimulatorFactory(5, _secret);
        await using var gateway = EmbeddedKoha.Gateway(simulator, _secret);

        var document = await HttpJson.GetAsync(gateway.CreateAnonymousClient(), "/openapi/v1.json");

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("apiKey").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKeyHeader").GetProperty("name").GetString());
        Assert.Equal("basic", schemes.GetProperty("basic").GetProperty("scheme").GetString());
        var paths = document.GetProperty("paths");
        Assert.Equal(["apiKey", "apiKeyHeader"], SchemesOf(paths.GetProperty("/api/v1/records").GetProperty("get")));
        Assert.Equal(["apiKey", "apiKeyHeader", "basic"], SchemesOf(paths.GetProperty("/oai").GetProperty("get")));
        var problems = paths.GetProperty("/api/v1/ops/problems").GetProperty("get");
        Assert.Equal(["apiKey", "apiKeyHeader"], SchemesOf(problems));
        Assert.True(problems.GetProperty("responses").TryGetProperty("403", out _));
        Assert.Contains("'operator'", problems.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(SchemesOf(paths.GetProperty("/api/v1/vendor-events/{systemId}").GetProperty("post")));
    }

    private static string? Policy(Dictionary<string, RouteEndpoint> endpoints, string name)
    {
        Assert.True(endpoints.ContainsKey(name), $"no endpoint {name}; there are: {string.Join("; ", endpoints.Keys)}");
        return endpoints[name].Metadata.GetMetadata<IAuthorizeData>()?.Policy;
    }

    private static List<string> SchemesOf(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
            ? [.. security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name))]
            : [];
}
