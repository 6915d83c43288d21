using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary>What the availability API says to bad input: RFC 9457 problems, or <c>notFound</c> inside a batch.</summary>
public sealed class AvailabilityBadInputTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Unknown_record_returns_404_problem()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/records/koha-east:999999/availability", UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Contains("koha-east:999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_consolidated_record_returns_404_problem()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/records/c0123456789abcdef/availability", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Malformed_record_id_returns_400_problem()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/records/not-an-id/availability", UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest);
        Assert.Contains("'not-an-id'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_in_a_batch_are_listed_as_not_found()
    {
        var answer = await AvailabilityApiTests.PostAsync(factory.CreateClient(), new { ids = new[] { "koha-east:999998", "c00000000000000ff", "koha-east:999998" } });

        Assert.Equal(["koha-east:999998", "c00000000000000ff"], HttpJson.Strings(answer.GetProperty("notFound")));
        Assert.Equal(0, answer.GetProperty("records").GetArrayLength());
        Assert.Equal(0, answer.GetProperty("systems").GetArrayLength());
    }

    [Fact]
    public async Task More_than_100_ids_return_400_problem()
    {
        var ids = Enumerable.Range(1, 101).Select(i => $"koha-east:{i}").ToArray();

        using var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/api/v1/availability", UriKind.Relative), new { ids });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest);
        Assert.Contains("101 given", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"ids\":[\"koha-east:1\"")]
    [InlineData("{\"ids\":\"koha-east:1\"}")]
    [InlineData("{\"ids\":[]}")]
    [InlineData("{}")]
    [InlineData("{\"ids\":[\"koha-east:1\",\"no-colon\"]}")]
    public async Task Malformed_json_or_ids_return_400_problem(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/availability", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_returns_413_problem()
    {
        var body = "{\"ids\":[\"" + new string('x', 70_000) + "\"]}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/availability", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task A_body_that_is_not_json_returns_415_problem()
    {
        using var content = new StringContent("ids=koha-east:1", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/availability", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Both_routes_are_in_the_openapi_document()
    {
        var document = await HttpJson.GetAsync(factory.CreateClient(), "/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/records/{id}/availability").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/availability").TryGetProperty("post", out var post));
        Assert.True(post.GetProperty("responses").TryGetProperty("413", out _));
    }
}
