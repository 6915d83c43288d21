using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Gateway.Contracts;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary><c>GET /api/v1/records/{clusterId}</c>: one record per edition, with every library that holds it.</summary>
public sealed class ConsolidatedRecordTests
{
    private const string Title = "Oxford handbook of clinical medicine";
    private static readonly string[] Isbns = ["9780199689903"];
    private static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";

    [Fact]
    public async Task A_consolidated_record_has_every_source_and_every_holding_library_with_its_request_links()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var clusterId = await TwoSystemsHoldingOneEditionAsync(factory, client);

        var record = await HttpJson.GetAsync(client, $"/api/v1/records/{clusterId}");

        Assert.Equal(clusterId, record.GetProperty("id").GetString());
        Assert.False(record.GetProperty("deleted").GetBoolean());
        Assert.Equal(Title, record.GetProperty("description").GetProperty("title").GetString());
        Assert.Equal(["koha-east:1001", "koha-london:2002"], record.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var holdings = record.GetProperty("holdings").EnumerateArray().ToDictionary(h => h.GetProperty("libraryCode").GetString()!);
        Assert.Equal(["ADD", "BARTS"], holdings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("london", holdings["BARTS"].GetProperty("region").GetString());
        Assert.Equal(1, holdings["ADD"].GetProperty("available").GetInt32());
        Assert.Equal("http://127.0.0.1:5102/cgi-bin/koha/opac-reserve.pl?biblionumber=2002&branch=BARTS",
            holdings["BARTS"].GetProperty("links").GetProperty("hold").GetString());

        // Each source link leads to that system's record.
        var source = record.GetProperty("sources").EnumerateArray().First();
        var again = await HttpJson.GetAsync(client, source.GetProperty("link").GetString()!);
        Assert.Equal(source.GetProperty("id").GetString(), again.GetProperty("id").GetString());
    }

    [Fact]
    public async Task As_marcxml_it_carries_an_852_per_holding_library()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var clusterId = await TwoSystemsHoldingOneEditionAsync(factory, client);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/records/{clusterId}", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/marcxml+xml"));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(clusterId, xml.Descendants(Marc + "controlfield").Single(f => (string?)f.Attribute("tag") == "001").Value);
        var libraries = xml.Descendants(Marc + "datafield").Where(f => (string?)f.Attribute("tag") == "852")
            .Select(f => f.Elements(Marc + "subfield").Single(s => (string?)s.Attribute("code") == "b").Value);
        Assert.Equal(["ADD", "BARTS"], libraries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_consolidated_record_whose_sources_are_all_deleted_is_gone()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var clusterId = await TwoSystemsHoldingOneEditionAsync(factory, client);
        await factory.PublishAndConsumeAsync(RecordMessages.Deleted("koha-east", "1001", RecordMessages.T0.AddMinutes(5)));
        await factory.PublishAndConsumeAsync(RecordMessages.Deleted("koha-london", "2002", RecordMessages.T0.AddMinutes(5)));

        using var response = await client.GetAsync(new Uri($"/api/v1/records/{clusterId}", UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Gone, "record-deleted");
    }

    [Fact]
    public async Task An_unknown_consolidated_record_is_not_found()
    {
        await using var factory = new GatewayFactory();
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/records/c0123456789abcdef", UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    private static async Task<string> TwoSystemsHoldingOneEditionAsync(GatewayFactory factory, HttpClient client)
    {
        var t0 = RecordMessages.T0;
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "1001", Title, Isbns, t0));
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-london", "2002", Title, Isbns, t0));
        foreach (var (system, record, item, library) in new[] { ("koha-east", "1001", "1", "ADD"), ("koha-london", "2002", "2", "BARTS") })
        {
            await factory.PublishAndConsumeAsync(new HoldingsChanged
            {
                SystemId = system, VendorRecordId = record, SourceTimestamp = t0, CorrelationId = Guid.NewGuid(),
                Items = [new HoldingItem { VendorItemId = item, LibraryCode = library, CallNumber = "WB 100", SourceTimestamp = t0 }],
            });
        }

        await factory.PublishAndConsumeAsync(new ItemAvailabilityChanged
        {
            SystemId = "koha-east", VendorRecordId = "1001", VendorItemId = "1", LibraryCode = "ADD", Status = ItemStatuses.Available,
            SourceTimestamp = t0.AddMinutes(1), CorrelationId = Guid.NewGuid(),
        });

        var provenance = await HttpJson.GetAsync(client, "/api/v1/records/koha-east:1001/provenance");
        var clusterId = provenance.GetProperty("clusterId").GetString()!;
        Assert.Equal(clusterId, (await HttpJson.GetAsync(client, "/api/v1/records/koha-london:2002/provenance")).GetProperty("clusterId").GetString());
        return clusterId;
    }
}
