using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class IlsDiTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    [Fact]
    public async Task GetAvailability_answers_several_bibs_at_once_in_dlf_xml_matching_the_items()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await client.GetAsync("/cgi-bin/koha/ilsdi.pl?service=GetAvailability&id=1+2+3+999999&id_type=bib");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(KohaXml.Dlf + "collection", document.Root!.Name);
        var records = document.Root.Elements(KohaXml.Dlf + "record").ToList();
        var expected = new List<string>();
        foreach (var id in new[] { 1, 2, 3 })
        {
            using var items = await KohaApi.GetAsync(client, $"/api/v1/biblios/{id}/items?_per_page=-1");
            if ((await KohaApi.JsonAsync(items)).GetArrayLength() > 0)
            {
                expected.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(expected, records.Select(r => r.Element(KohaXml.Dlf + "bibliographic")!.Attribute("id")!.Value));
        foreach (var record in records)
        {
            var biblioId = record.Element(KohaXml.Dlf + "bibliographic")!.Attribute("id")!.Value;
            using var itemsResponse = await KohaApi.GetAsync(client, $"/api/v1/biblios/{biblioId}/items?_per_page=-1");
            var items = (await KohaApi.JsonAsync(itemsResponse)).EnumerateArray().ToDictionary(i => i.GetProperty("item_id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var item in record.Element(KohaXml.Dlf + "items")!.Elements(KohaXml.Dlf + "item"))
            {
                var json = items[item.Attribute("id")!.Value];
                var availability = item.Element(KohaXml.Dlf + "simpleavailability")!;
                Assert.Equal(item.Attribute("id")!.Value, availability.Element(KohaXml.Dlf + "identifier")!.Value);
                var status = availability.Element(KohaXml.Dlf + "availabilitystatus")!.Value;
                var message = availability.Element(KohaXml.Dlf + "availabilitymsg")?.Value;
                Assert.Equal(ExpectedMessage(json), message);
                Assert.Equal(message is null ? "available" : "not available", status);
                Assert.False(string.IsNullOrEmpty(availability.Element(KohaXml.Dlf + "location")?.Value));
            }
        }
    }

    [Fact]
    public async Task GetAvailability_by_item_gives_one_record_per_id_and_unknown_for_a_missing_item()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var checkouts = await KohaApi.GetAsync(client, "/api/v1/checkouts?_per_page=1");
        var onLoan = (await KohaApi.JsonAsync(checkouts))[0].GetProperty("item_id").GetInt32();
        var document = await KohaXml.GetAsync(client, $"/cgi-bin/koha/ilsdi.pl?service=GetAvailability&id={onLoan}%20987654&id_type=item");
        var records = document.Root!.Elements(KohaXml.Dlf + "record").ToList();
        Assert.Equal(2, records.Count);
        var first = records[0].Descendants(KohaXml.Dlf + "simpleavailability").Single();
        Assert.Equal("not available", first.Element(KohaXml.Dlf + "availabilitystatus")!.Value);
        Assert.Equal("Checked out", first.Element(KohaXml.Dlf + "availabilitymsg")!.Value);
        var missing = records[1].Descendants(KohaXml.Dlf + "simpleavailability").Single();
        Assert.Equal("unknown", missing.Element(KohaXml.Dlf + "availabilitystatus")!.Value);
        Assert.Equal("987654", records[1].Element(KohaXml.Dlf + "bibliographic")!.Attribute("id")!.Value);
    }

    [Fact]
    public async Task Parameter_errors_come_back_in_band_and_no_service_gives_the_documentation()
    {
        using var client = factory.CreateClient();
        var missing = await KohaXml.GetAsync(client, "/cgi-bin/koha/ilsdi.pl?service=GetAvailability&id=1");
        Assert.Equal("GetAvailability", missing.Root!.Name.LocalName);
        Assert.Equal("MissingParameter", missing.Root.Element("message")!.Value);
        var illegal = await KohaXml.GetAsync(client, "/cgi-bin/koha/ilsdi.pl?service=GetAvailability&id=1&id_type=bib&colour=red");
        Assert.Equal("IllegalParameter", illegal.Root!.Element("message")!.Value);
        using var documentation = await client.GetAsync("/cgi-bin/koha/ilsdi.pl");
        Assert.Equal(HttpStatusCode.OK, documentation.StatusCode);
        Assert.Equal("text/html", documentation.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Patron_services_are_served_fake_data_and_counted()
    {
        await using var own = new KohaSimulatorFactory();
        using var client = own.CreateClient();
        using var info = await client.GetAsync("/cgi-bin/koha/ilsdi.pl?service=GetPatronInfo&patron_id=5");
        Assert.Contains("PATRON-DATA-MUST-NOT-LEAVE", await info.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await client.GetAsync("/cgi-bin/koha/ilsdi.pl?service=GetAvailability&id=1&id_type=bib")).Dispose();
        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(1, stats.GetProperty("patronCalls").GetInt64());
        Assert.Equal(2, stats.GetProperty("calls").GetProperty("ilsdi").GetInt64());
    }

    [Fact]
    public async Task Disabled_ils_di_redirects_like_koha()
    {
        await using var disabled = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:IlsDi:Enabled"] = "false" });
        using var client = disabled.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/cgi-bin/koha/ilsdi.pl?service=GetAvailability&id=1&id_type=bib");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/cgi-bin/koha/errors/404.pl", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Koha's order of checks in C4::ILSDI::Services::_availability.</summary>
    private static string? ExpectedMessage(JsonElement item) =>
        item.GetProperty("not_for_loan_status").GetInt32() != 0 ? "Not for loan"
        : item.GetProperty("checked_out_date").ValueKind != JsonValueKind.Null ? "Checked out"
        : item.GetProperty("lost_status").GetInt32() != 0 ? "Item lost"
        : item.GetProperty("withdrawn").GetInt32() != 0 ? "Item withdrawn"
        : item.GetProperty("damaged_status").GetInt32() != 0 ? "Item damaged"
        : null;
}
