using System.Net;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary>Requests nothing answers still get an RFC 9457 problem.</summary>
public sealed class ErrorResponseTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Unknown_path_returns_404_problem_naming_the_path()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v2/whatever", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Contains("/api/v2/whatever", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_method_on_a_known_path_returns_405_problem()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/systems", UriKind.Relative), content: null, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, ProblemTypes.MethodNotAllowed, requireDetail: false);
        Assert.Contains(HttpMethod.Get.Method, response.Content.Headers.Allow);
    }
}
