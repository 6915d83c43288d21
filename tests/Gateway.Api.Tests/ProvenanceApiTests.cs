using System.Net;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary><c>GET /api/v1/records/{id}/provenance</c>: a consolidated record explains itself.</summary>
public sealed class ProvenanceApiTests
{
    private const string Title = "Oxford handbook of clinical medicine";
    private static readonly string[] Isbns = ["9780199689903"];

    [Fact]
    public async Task A_cluster_lists_its_members_with_the_key_that_joined_each_and_its_log()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0));
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-london", "2002", Title, Isbns, RecordMessages.T0));

        var source = await HttpJson.GetAsync(client, "/api/v1/records/koha-london:2002/provenance");
        var clusterId = source.GetProperty("clusterId").GetString()!;
        Assert.Matches("^c[0-9a-f]{16}$", clusterId);
        Assert.Equal("joined", Assert.Single(source.GetProperty("log").EnumerateArray()).GetProperty("kind").GetString());

        var cluster = await HttpJson.GetAsync(client, $"/api/v1/records/{clusterId}/provenance");
        Assert.False(cluster.GetProperty("deleted").GetBoolean());
        var members = cluster.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(["koha-east:1001", "koha-london:2002"], members.Select(m => m.GetProperty("sourceId").GetString()));
        Assert.Equal("isbn:9780199689903", members[1].GetProperty("joinedVia").GetString());
        Assert.Equal("koha-east:1001", members[1].GetProperty("matchedSourceId").GetString());

        // Each member links to its source record.
        var record = await HttpJson.GetAsync(client, members[1].GetProperty("record").GetString()!);
        Assert.Equal("koha-london:2002", record.GetProperty("id").GetString());

        var log = cluster.GetProperty("log").EnumerateArray().ToList();
        Assert.Equal(["created", "joined"], log.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("shares isbn:9780199689903 with koha-east:1001", log[1].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_cluster_whose_members_are_all_deleted_is_deleted_with_its_history()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0));
        var clusterId = (await HttpJson.GetAsync(client, "/api/v1/records/koha-east:1001/provenance")).GetProperty("clusterId").GetString();
        await factory.PublishAndConsumeAsync(RecordMessages.Deleted("koha-east", "1001", RecordMessages.T0.AddMinutes(1)));

        var cluster = await HttpJson.GetAsync(client, $"/api/v1/records/{clusterId}/provenance");

        Assert.True(cluster.GetProperty("deleted").GetBoolean());
        Assert.Empty(cluster.GetProperty("members").EnumerateArray());
        Assert.Equal(["created", "left", "retired"], cluster.GetProperty("log").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/records/c0000000000000000/provenance", HttpStatusCode.NotFound, ProblemTypes.NotFound)]
    [InlineData("/api/v1/records/koha-east:404/provenance", HttpStatusCode.NotFound, ProblemTypes.NotFound)]
    [InlineData("/api/v1/records/nonsense/provenance", HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest)]
    public async Task Unknown_or_malformed_ids_are_problems(string path, HttpStatusCode status, string type)
    {
        await using var factory = new GatewayFactory();
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, status, type);
    }
}
