using System.Net;
using System.Text.Json;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary>Bad query parameters of <c>GET /api/v1/records</c> give a 400 problem naming the parameter.</summary>
public sealed class RecordQueryValidationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("limit", "abc")]
    [InlineData("limit", "0")]
    [InlineData("limit", "-1")]
    [InlineData("limit", "100000")]
    [InlineData("cursor", "garbage")]
    [InlineData("cursor", "!!!")]
    [InlineData("system", "unknown")]
    [InlineData("q", "")]
    [InlineData("q", "?!")]
    [InlineData("isbn", "978-0-19-968990-0")]
    [InlineData("oclc", "OCLC 12")]
    [InlineData("library", "NOWHERE")]
    public async Task Bad_parameter_returns_400_problem_naming_it(string parameter, string value)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(
            new Uri($"/api/v1/records?{parameter}={Uri.EscapeDataString(value)}", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest);
        var errors = problem.GetProperty("errors");
        var property = Assert.Single(errors.EnumerateObject());
        Assert.Equal(parameter, property.Name);
        Assert.Equal(JsonValueKind.Array, property.Value.ValueKind);
        Assert.Contains(HttpJson.Strings(property.Value), m => !string.IsNullOrWhiteSpace(m));
    }

    [Fact]
    public async Task Every_bad_parameter_is_named_at_once()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(
            new Uri("/api/v1/records?limit=abc&cursor=garbage&system=unknown&isbn=1", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest);
        Assert.Equal(
            ["cursor", "isbn", "limit", "system"],
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
