using System.Net;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary><c>GET /api/v1/ops/problems</c>: records kept aside, visible to operators.</summary>
public sealed class IngestProblemsApiTests
{
    [Fact]
    public async Task A_record_with_unreadable_marc_is_listed_with_its_reason_and_link()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "42", RecordMessages.T0) with { MarcXml = "<record><unclosed>" });
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-london", "43", RecordMessages.T0));

        var problems = await HttpJson.GetAsync(client, "/api/v1/ops/problems?system=koha-east");

        var problem = Assert.Single(problems.EnumerateArray());
        Assert.Equal("koha-east:42", problem.GetProperty("sourceId").GetString());
        Assert.Equal("unreadable-marc", problem.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        var record = await HttpJson.GetAsync(client, problem.GetProperty("record").GetString()!);
        Assert.Equal("koha-east:42", record.GetProperty("id").GetString());
        Assert.Empty((await HttpJson.GetAsync(client, "/api/v1/ops/problems?system=koha-london")).EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_system_is_not_found()
    {
        await using var factory = new GatewayFactory();
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/ops/problems?system=nowhere", UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }
}
