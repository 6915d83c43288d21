using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gateway.Marc;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed partial class RepresentationTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    private static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")]
    private static partial Regex Rfc3339Utc();

    [Fact]
    public async Task In_query_with_marcxml_returns_exactly_those_records()
    {
        using var client = await factory.AuthorisedClientAsync();
        var q = KohaApi.Q("""{"biblio_id":{"-in":[1,2,3]}}""");
        using var response = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={q}", "application/marcxml+xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/marcxml+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Marc + "collection", xml.Root!.Name);
        var ids = xml.Root.Elements(Marc + "record")
            .Select(r => r.Elements(Marc + "controlfield").Single(c => (string?)c.Attribute("tag") == "001").Value);
        Assert.Equal(["1", "2", "3"], ids);
    }

    [Fact]
    public async Task Biblio_json_uses_koha_snake_case_attributes_and_rfc3339_timestamps()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios/1");
        var biblio = await KohaApi.JsonAsync(response);
        Assert.Equal(1, biblio.GetProperty("biblio_id").GetInt32());
        foreach (var name in new[] { "title", "subtitle", "author", "isbn", "issn", "publisher", "copyright_date", "publication_year", "framework_id", "item_type", "creation_date" })
        {
            Assert.True(biblio.TryGetProperty(name, out _), name);
        }

        Assert.Matches(Rfc3339Utc(), biblio.GetProperty("timestamp").GetString()!);
    }

    [Theory]
    [InlineData("application/marc-in-json")]
    [InlineData("application/marc")]
    [InlineData("application/marcxml+xml")]
    [InlineData("text/plain")]
    public async Task A_single_biblio_is_served_in_every_marc_flavour(string accept)
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios/2", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var record = accept switch
        {
            "application/marc-in-json" => MarcInJsonReader.Parse(Encoding.UTF8.GetString(bytes)),
            "application/marc" => Iso2709Reader.Parse(bytes),
            "application/marcxml+xml" => MarcXmlReader.Read(new MemoryStream(bytes)).Single(),
            _ => null,
        };
        if (record is null)
        {
            Assert.StartsWith("LDR ", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            return;
        }

        Assert.Equal("2", record.ControlValue("001"));
    }

    [Fact]
    public async Task Marc_in_json_lists_are_arrays_of_records()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=7", "application/marc-in-json");
        var records = MarcInJsonReader.ReadArray(await response.Content.ReadAsStringAsync()).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), records.Select(r => r.ControlValue("001")));
    }

    [Fact]
    public async Task Iso2709_lists_are_records_joined_by_newlines_like_koha_print_collection()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=4", "application/marc");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var parts = Split(bytes, [0x1D, (byte)'\n']);
        Assert.Equal(4, parts.Count);
        Assert.Equal(["1", "2", "3", "4"], parts.Select(p => Iso2709Reader.Parse(p).ControlValue("001")));
    }

    [Fact]
    public async Task Iso2709_lists_can_be_strictly_concatenated()
    {
        await using var strict = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:NewlineBetweenIso2709Records"] = "false" });
        using var client = await strict.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=4", "application/marc");
        var records = Iso2709Reader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync())).ToList();
        Assert.Equal(["1", "2", "3", "4"], records.Select(r => r.ControlValue("001")));
    }

    [Fact]
    public async Task Unknown_records_get_404_with_koha_error_body()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":"Bibliographic record not found","error_code":"not_found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unsupported_accept_is_406_with_the_acceptable_types()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios", "application/xml");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var types = (await KohaApi.JsonAsync(response)).EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Equal(["application/json", "application/marcxml+xml", "application/marc-in-json", "application/marc", "text/plain"], types);
    }

    [Fact]
    public async Task Items_of_a_biblio_are_koha_item_objects()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios/1/items");
        var items = await KohaApi.JsonAsync(response);
        Assert.True(items.GetArrayLength() > 0);
        foreach (var item in items.EnumerateArray())
        {
            Assert.Equal(1, item.GetProperty("biblio_id").GetInt32());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("external_id").GetString()));
            Assert.False(string.IsNullOrEmpty(item.GetProperty("home_library_id").GetString()));
            Assert.Equal(System.Text.Json.JsonValueKind.Number, item.GetProperty("not_for_loan_status").ValueKind);
        }

        Assert.Equal(items.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), KohaApi.Header(response, "X-Total-Count"));
    }

    private static List<byte[]> Split(byte[] bytes, byte[] separator)
    {
        var parts = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == separator[0] && bytes[i + 1] == separator[1])
            {
                parts.Add(bytes[start..(i + 1)]);
                start = i + 2;
            }
        }

        parts.Add(bytes[start..]);
        return parts;
    }
}
