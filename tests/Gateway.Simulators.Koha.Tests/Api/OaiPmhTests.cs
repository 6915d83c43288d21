using System.Diagnostics;
using System.Net;
using System.Xml.Linq;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class OaiPmhTests
{
    private const string Base = "/cgi-bin/koha/oai.pl";

    [Fact]
    public async Task Identify_and_formats_describe_a_koha_repository_with_persistent_deletions()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = factory.CreateClient();
        var identify = await KohaXml.GetAsync(client, Base + "?verb=Identify");
        var body = identify.Root!.Element(KohaXml.Oai + "Identify")!;
        Assert.Equal("2.0", body.Element(KohaXml.Oai + "protocolVersion")!.Value);
        Assert.Equal("persistent", body.Element(KohaXml.Oai + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", body.Element(KohaXml.Oai + "granularity")!.Value);
        Assert.Equal("http://localhost/cgi-bin/koha/oai.pl", body.Element(KohaXml.Oai + "baseURL")!.Value);
        Assert.Equal("Identify", identify.Root.Element(KohaXml.Oai + "request")!.Attribute("verb")!.Value);

        var formats = await KohaXml.GetAsync(client, Base + "?verb=ListMetadataFormats");
        Assert.Equal(["oai_dc", "marc21", "marcxml"], formats.Descendants(KohaXml.Oai + "metadataPrefix").Select(p => p.Value));
        var sets = await KohaXml.GetAsync(client, Base + "?verb=ListSets");
        Assert.Equal("noSetHierarchy", KohaXml.OaiError(sets));
    }

    [Fact]
    public async Task ListIdentifiers_pages_with_resumption_tokens_through_live_and_deleted_records()
    {
        await using var factory = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:OaiPmh:MaxCount"] = "100" });
        using var client = factory.CreateClient();
        using var advance = await client.PostAsync("/_sim/advance?ticks=3&changes=20", null);
        var deleted = (await KohaApi.JsonAsync(advance)).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "BiblioDeleted").Select(c => c.GetProperty("biblioId").GetInt32()).ToHashSet();
        Assert.NotEmpty(deleted);

        var headers = new List<XElement>();
        var url = Base + "?verb=ListIdentifiers&metadataPrefix=marc21";
        var pages = 0;
        while (true)
        {
            var page = await KohaXml.GetAsync(client, url);
            pages++;
            var list = page.Root!.Element(KohaXml.Oai + "ListIdentifiers")!;
            headers.AddRange(list.Elements(KohaXml.Oai + "header"));
            var token = list.Element(KohaXml.Oai + "resumptionToken");
            if (token is null || token.Value.Length == 0)
            {
                Assert.NotNull(token); // a paged list ends with an empty token
                break;
            }

            url = Base + "?verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }

        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        var live = stats.GetProperty("records").GetInt32();
        Assert.Equal(live + deleted.Count, headers.Count);
        Assert.Equal((live + deleted.Count + 99) / 100, pages);
        var identifiers = headers.Select(h => h.Element(KohaXml.Oai + "identifier")!.Value).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.All(identifiers, i => Assert.StartsWith("oai:koha-east:", i, StringComparison.Ordinal));
        var gone = headers.Where(h => h.Attribute("status")?.Value == "deleted")
            .Select(h => int.Parse(h.Element(KohaXml.Oai + "identifier")!.Value["oai:koha-east:".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(deleted, gone);
    }

    [Fact]
    public async Task From_and_until_select_by_datestamp_and_records_carry_marcxml_or_dublin_core()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = factory.CreateClient();
        var start = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var none = await KohaXml.GetAsync(client, $"{Base}?verb=ListRecords&metadataPrefix=marc21&from={start}");
        Assert.Equal("noRecordsMatch", KohaXml.OaiError(none));

        using var advance = await client.PostAsync("/_sim/advance?ticks=2&changes=20", null);
        var changed = (await KohaApi.JsonAsync(advance)).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() is "BiblioUpdated" or "BiblioAdded" or "BiblioDeleted")
            .Select(c => c.GetProperty("biblioId").GetInt32()).ToHashSet();
        var records = await KohaXml.GetAsync(client, $"{Base}?verb=ListRecords&metadataPrefix=marc21&from={start}");
        var list = records.Root!.Element(KohaXml.Oai + "ListRecords")!.Elements(KohaXml.Oai + "record").ToList();
        Assert.Equal(changed.Order(), list.Select(r => int.Parse(r.Element(KohaXml.Oai + "header")!.Element(KohaXml.Oai + "identifier")!.Value.Split(':')[^1],
            System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(list.Where(r => r.Element(KohaXml.Oai + "header")!.Attribute("status") is null),
            r => Assert.NotNull(r.Element(KohaXml.Oai + "metadata")!.Element(KohaXml.Marc + "record")));
        Assert.All(list.Where(r => r.Element(KohaXml.Oai + "header")!.Attribute("status") is not null),
            r => Assert.Null(r.Element(KohaXml.Oai + "metadata")));

        var dc = await KohaXml.GetAsync(client, $"{Base}?verb=GetRecord&identifier=oai:koha-east:1&metadataPrefix=oai_dc");
        Assert.NotEmpty(dc.Descendants(KohaXml.Dc + "title").Select(t => t.Value));
        var day = await KohaXml.GetAsync(client, $"{Base}?verb=ListIdentifiers&metadataPrefix=marcxml&until=1990-01-01");
        Assert.Equal("noRecordsMatch", KohaXml.OaiError(day));
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("?verb=Explode", "badVerb")]
    [InlineData("?verb=Identify&verb=Identify", "badVerb")]
    [InlineData("?verb=ListRecords", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=marc21&colour=red", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=marc21&from=2020-13-45", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=marc21&from=2020-01-01&until=2021-01-01T00:00:00Z", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=marc21&resumptionToken=marc21/0////0", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=mods", "cannotDisseminateFormat")]
    [InlineData("?verb=GetRecord&identifier=oai:koha-east:1&metadataPrefix=mods", "cannotDisseminateFormat")]
    [InlineData("?verb=GetRecord&identifier=oai:koha-east:999999&metadataPrefix=marc21", "idDoesNotExist")]
    [InlineData("?verb=GetRecord&identifier=somewhere-else:1&metadataPrefix=marc21", "idDoesNotExist")]
    [InlineData("?verb=ListMetadataFormats&identifier=oai:koha-east:999999", "idDoesNotExist")]
    [InlineData("?verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("?verb=ListIdentifiers&metadataPrefix=marc21&set=nursing", "noSetHierarchy")]
    [InlineData("?verb=ListIdentifiers&metadataPrefix=marc21&from=2100-01-01", "noRecordsMatch")]
    public async Task Protocol_errors_come_back_as_oai_error_codes_with_http_200(string query, string code)
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(Base + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, KohaXml.OaiError(document));
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(document.Root!.Element(KohaXml.Oai + "request")!.Attributes());
        }
    }

    [Fact]
    public async Task Responses_validate_against_the_oai_pmh_and_marcxml_schemas()
    {
        var schemas = SharedFolder.StandardSchemas();
        if (schemas is null || !File.Exists(Path.Combine(schemas, "OAI-PMH.xsd")))
        {
            Assert.Skip("shared/vendor-specs/standards/schemas/OAI-PMH.xsd is not beside the repository");
        }

        if (!XmlLintAvailable())
        {
            Assert.Skip("xmllint is not installed (Debian: apt-get install -y libxml2-utils)");
        }

        await using var factory = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:OaiPmh:MaxCount"] = "20" });
        using var client = factory.CreateClient();
        (await client.PostAsync("/_sim/advance?ticks=2&changes=20", null)).Dispose();
        var folder = Directory.CreateTempSubdirectory("oai-xsd-");
        try
        {
            // OAI-PMH.xsd validates metadata strictly: load the MARCXML and oai_dc schemas beside it. simpledc imports the
            // W3C xml.xsd from the network; an XML catalog points it at a local stand-in (no network here).
            var wrapper = Path.Combine(folder.FullName, "oai-with-metadata.xsd");
            await File.WriteAllTextAsync(wrapper, $"""
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:gateway:test" elementFormDefault="qualified">
                  <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="{new Uri(Path.Combine(schemas, "OAI-PMH.xsd")).AbsoluteUri}"/>
                  <xs:import namespace="http://www.loc.gov/MARC21/slim" schemaLocation="{new Uri(Path.Combine(schemas, "MARC21slim.xsd")).AbsoluteUri}"/>
                  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="{new Uri(Path.Combine(schemas, "oai_dc.xsd")).AbsoluteUri}"/>
                </xs:schema>
                """);
            var xmlSchema = Path.Combine(folder.FullName, "xml.xsd");
            await File.WriteAllTextAsync(xmlSchema, """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
                  <xs:attribute name="lang" type="xs:language"/>
                  <xs:attribute name="base" type="xs:anyURI"/>
                  <xs:attribute name="id" type="xs:ID"/>
                  <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute>
                </xs:schema>
                """);
            var catalog = Path.Combine(folder.FullName, "catalog.xml");
            await File.WriteAllTextAsync(catalog, $"""
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <system systemId="http://www.w3.org/2001/03/xml.xsd" uri="{new Uri(xmlSchema).AbsoluteUri}"/>
                  <uri name="http://www.w3.org/2001/03/xml.xsd" uri="{new Uri(xmlSchema).AbsoluteUri}"/>
                </catalog>
                """);
            var queries = new[]
            {
                "?verb=Identify", "?verb=ListMetadataFormats", "?verb=ListSets", "?verb=ListRecords&metadataPrefix=marc21",
                "?verb=ListIdentifiers&metadataPrefix=oai_dc", "?verb=GetRecord&identifier=oai:koha-east:2&metadataPrefix=marcxml",
                "?verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01", "?verb=Nope", "?verb=ListRecords&resumptionToken=x",
            };
            for (var i = 0; i < queries.Length; i++)
            {
                var file = Path.Combine(folder.FullName, $"response{i}.xml");
                await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync(Base + queries[i]));
                var (exit, output) = await XmlLintAsync(catalog, "--noout", "--nonet", "--schema", wrapper, file);
                Assert.True(exit == 0, $"{queries[i]} does not validate:\n{output}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool XmlLintAvailable()
    {
        try
        {
            return XmlLintAsync(null, "--version").GetAwaiter().GetResult().Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int Exit, string Output)> XmlLintAsync(string? catalog, params string[] arguments)
    {
        var start = new ProcessStartInfo("xmllint") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (catalog is not null)
        {
            start.Environment["XML_CATALOG_FILES"] = catalog;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
