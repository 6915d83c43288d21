using System.Net;
using System.Xml.Linq;
using static Gateway.Api.Tests.RecordMessages;

namespace Gateway.Api.Tests;

/// <summary>The gateway serves the catalogue's OAI-PMH provider at <c>/oai</c> on the embedded default.</summary>
public sealed class OaiEndpointTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    [Fact]
    public async Task A_record_ingested_in_process_is_harvested_from_the_gateway()
    {
        await factory.PublishAndConsumeAsync(Changed("koha-east", "oai-1", "Harvested through the gateway", ["9780199689903"], T0));
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/oai?verb=ListRecords&metadataPrefix=oai_dc", UriKind.Relative), TestContext.Current.CancellationToken);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Harvested through the gateway");
        Assert.StartsWith("oai:", doc.Descendants(Oai + "identifier").First().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_verb_is_an_oai_error_with_http_200_not_a_problem()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/oai?verb=Nonsense", UriKind.Relative), TestContext.Current.CancellationToken);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("badVerb", (string?)doc.Root!.Element(Oai + "error")!.Attribute("code"));
    }
}
