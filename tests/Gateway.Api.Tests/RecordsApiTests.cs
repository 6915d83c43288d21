using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary>Records published on the bus become visible through <c>/api/v1/records</c>.</summary>
public sealed class RecordsApiTests
{
    private const string MarcXmlMediaType = "application/marcxml+xml";
    private const string Title = "Oxford handbook of clinical medicine";
    private static readonly string[] Isbns = ["9780199689903", "9780191058738"];

    [Fact]
    public async Task Published_record_is_listed_under_its_system_with_its_title_and_isbns()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0));
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-london", "2002", RecordMessages.T0));

        var page = await HttpJson.GetAsync(client, "/api/v1/records?system=koha-east");

        var hit = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.StartsWith("c", hit.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(["koha-east:1001"], HttpJson.Strings(hit.GetProperty("sources")));
        Assert.Equal(["koha-east"], HttpJson.Strings(hit.GetProperty("systems")));
        Assert.Equal(Title, hit.GetProperty("title").GetString());
        Assert.Equal(["Test, Author"], HttpJson.Strings(hit.GetProperty("authors")));
        Assert.Equal(Isbns, HttpJson.Strings(hit.GetProperty("identifiers").GetProperty("isbns")));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);

        // The hit's link is the consolidated record, which lists the same source.
        var consolidated = await HttpJson.GetAsync(client, hit.GetProperty("links").GetProperty("self").GetString()!);
        Assert.Equal(hit.GetProperty("id").GetString(), consolidated.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Words_of_the_title_find_the_record_by_search()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0));
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-london", "2002", RecordMessages.T0));

        var page = await HttpJson.GetAsync(client, "/api/v1/records?q=OXFORD+clinical&isbn=0-19-968990-3");

        var hit = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(["koha-east:1001"], HttpJson.Strings(hit.GetProperty("sources")));
        Assert.True(hit.GetProperty("score").GetInt32() > 0);
    }

    [Fact]
    public async Task Record_is_served_as_json_by_its_id()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var message = RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0);
        await factory.PublishAndConsumeAsync(message);

        using var response = await client.GetAsync(new Uri("/api/v1/records/koha-east:1001", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var record = await HttpJson.ReadAsync(response);
        Assert.Equal("koha-east:1001", record.GetProperty("id").GetString());
        Assert.Equal(message.Description.Title, record.GetProperty("description").GetProperty("title").GetString());
        Assert.Equal(message.Description.Authors, HttpJson.Strings(record.GetProperty("description").GetProperty("authors")));
        Assert.Equal(Isbns, HttpJson.Strings(record.GetProperty("description").GetProperty("isbns")));

        // The self link leads back to the same record.
        var self = record.GetProperty("links").GetProperty("self").GetString()!;
        var again = await HttpJson.GetAsync(client, self);
        Assert.Equal("koha-east:1001", again.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Record_is_served_as_marcxml_when_asked()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var message = RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0);
        await factory.PublishAndConsumeAsync(message);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/records/koha-east:1001", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MarcXmlMediaType));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MarcXmlMediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(message.MarcXml, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Deleted_record_answers_410_problem_and_leaves_the_list()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", Title, Isbns, RecordMessages.T0));
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1002", RecordMessages.T0));
        var before = await HttpJson.GetAsync(client, "/api/v1/records?system=koha-east");
        Assert.Contains("koha-east:1001", Ids(before));

        await factory.PublishAndConsumeAsync(RecordMessages.Deleted("koha-east", "1001", RecordMessages.T0.AddMinutes(5)));

        using var response = await client.GetAsync(new Uri("/api/v1/records/koha-east:1001", UriKind.Relative), TestContext.Current.CancellationToken);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Gone, "record-deleted");
        Assert.Contains("koha-east:1001", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await HttpJson.GetAsync(client, "/api/v1/records?system=koha-east");
        Assert.Equal(["koha-east:1002"], Ids(after));
    }

    [Fact]
    public async Task Record_id_without_a_colon_returns_400_problem()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/records/no-colon", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.InvalidRequest);
        Assert.Contains("'no-colon'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_never_stored_returns_404_problem()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", RecordMessages.T0));

        using var response = await client.GetAsync(new Uri("/api/v1/records/koha-east:999999", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Contains("koha-east:999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The source records of a page's hits.</summary>
    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().SelectMany(r => HttpJson.Strings(r.GetProperty("sources")))];
}
