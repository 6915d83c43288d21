using System.Xml.Linq;
using static Gateway.Catalogue.Tests.OaiRecords;
using static Gateway.Catalogue.Tests.OaiXml;

namespace Gateway.Catalogue.Tests;

/// <summary>The six verbs over HTTP on a Kestrel-hosted catalogue fed through its consumers; every response validated.</summary>
public sealed class OaiVerbTests
{
    [Fact]
    public async Task Identify_describes_a_persistent_repository_at_seconds_granularity()
    {
        await using var host = await OaiTestHost.StartAsync();
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));

        var doc = await host.GetAsync("verb=Identify");

        AssertValid(doc);
        var identify = Verb(doc, "Identify");
        Assert.Equal(host.OaiUri.ToString(), (string?)identify.Element(OaiNs + "baseURL"));
        Assert.Equal("persistent", (string?)identify.Element(OaiNs + "deletedRecord"));
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", (string?)identify.Element(OaiNs + "granularity"));
        Assert.Equal("2.0", (string?)identify.Element(OaiNs + "protocolVersion"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string?)identify.Element(OaiNs + "earliestDatestamp"));
        Assert.Contains(identify.Descendants(), e => e.Name.LocalName == "sampleIdentifier" && e.Value.StartsWith("oai:hub.test.example:c", StringComparison.Ordinal));
        Assert.Equal("Identify", (string?)doc.Root!.Element(OaiNs + "request")!.Attribute("verb"));
    }

    [Fact]
    public async Task ListMetadataFormats_offers_marc21_and_oai_dc_and_names_identifier_errors()
    {
        await using var host = await OaiTestHost.StartAsync();
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));
        var clusterId = await host.QueryAsync(db => Task.FromResult(db.Clusters.Single().Id));

        var all = await host.GetAsync("verb=ListMetadataFormats");
        var one = await host.GetAsync($"verb=ListMetadataFormats&identifier=oai:hub.test.example:{clusterId}");
        var unknown = await host.GetAsync("verb=ListMetadataFormats&identifier=oai:hub.test.example:c0000000000000000");

        foreach (var doc in new[] { all, one, unknown })
        {
            AssertValid(doc);
        }

        Assert.Equal(["marc21", "oai_dc"], Verb(all, "ListMetadataFormats").Descendants(OaiNs + "metadataPrefix").Select(e => e.Value).Order());
        Assert.Equal(2, Verb(one, "ListMetadataFormats").Elements().Count());
        Assert.Equal(["idDoesNotExist"], ErrorCodes(unknown));

        await host.ConsumeAsync(Deleted("koha-east", "1", T0.AddMinutes(1)));
        var deleted = await host.GetAsync($"verb=ListMetadataFormats&identifier=oai:hub.test.example:{clusterId}");
        AssertValid(deleted);
        Assert.Equal(["noMetadataFormats"], ErrorCodes(deleted));
    }

    [Fact]
    public async Task ListSets_names_regions_systems_and_libraries_from_the_registry()
    {
        await using var host = await OaiTestHost.StartAsync();

        var doc = await host.GetAsync("verb=ListSets");

        AssertValid(doc);
        var sets = Verb(doc, "ListSets").Elements(OaiNs + "set")
            .ToDictionary(s => (string)s.Element(OaiNs + "setSpec")!, s => (string)s.Element(OaiNs + "setName")!);
        Assert.Equal("London (Koha)", sets["system:koha-london"]);
        Assert.Equal("Addenbrooke's (East (Koha))", sets["library:koha-east.ADD"]);
        Assert.Contains("region:midlands", sets.Keys);
        Assert.Contains("region", sets.Keys);
        Assert.Equal(["badResumptionToken"], ErrorCodes(await host.GetAsync("verb=ListSets&resumptionToken=abc")));
    }

    [Fact]
    public async Task Without_registered_systems_sets_are_noSetHierarchy()
    {
        await using var host = await OaiTestHost.StartAsync(withSystems: false);
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));

        var sets = await host.GetAsync("verb=ListSets");
        var selective = await host.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&set=region:london");

        AssertValid(sets);
        AssertValid(selective);
        Assert.Equal(["noSetHierarchy"], ErrorCodes(sets));
        Assert.Equal(["noSetHierarchy"], ErrorCodes(selective));
    }

    [Fact]
    public async Task GetRecord_marc21_is_the_consolidated_record_with_an_852_per_holding_library_and_a_035_per_source()
    {
        await using var host = await OaiTestHost.StartAsync();
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(7), rda: false));
        await host.ConsumeAsync(Book("koha-london", "77", Isbn(7)));
        await host.ConsumeAsync(Holdings("koha-east", "1", T0, ("i1", "ADD"), ("i2", "ADD"), ("i3", "NNUH")));
        await host.ConsumeAsync(Holdings("koha-london", "77", T0, ("i9", "BARTS")));
        await host.ConsumeAsync(Status("koha-east", "1", "i1", "ADD", "available", T0));
        var clusterId = await host.QueryAsync(db => Task.FromResult(db.Clusters.Single().Id));

        var doc = await host.GetAsync($"verb=GetRecord&metadataPrefix=marc21&identifier=oai:hub.test.example:{clusterId}");

        AssertValid(doc);
        var record = Verb(doc, "GetRecord").Element(OaiNs + "record")!;
        var header = record.Element(OaiNs + "header")!;
        Assert.Null(header.Attribute("status"));
        Assert.Equal(
            ["library", "library:koha-east.ADD", "library:koha-east.NNUH", "library:koha-london.BARTS", "region", "region:east-of-england", "region:london", "system", "system:koha-east", "system:koha-london"],
            header.Elements(OaiNs + "setSpec").Select(e => e.Value));
        var marc = record.Element(OaiNs + "metadata")!.Element(MarcNs + "record")!;
        Assert.Equal(clusterId, marc.Elements(MarcNs + "controlfield").Single(c => (string?)c.Attribute("tag") == "001").Value);
        Assert.Equal(["(koha-east)1", "(koha-london)77"], Subfields(marc, "035", 'a'));
        Assert.Equal(["ADD", "NNUH", "BARTS"], Subfields(marc, "852", 'b'));
        Assert.Equal(["east-of-england", "east-of-england", "london"], Subfields(marc, "852", 'a'));
        Assert.Contains("Addenbrooke's: 2 items, 1 available", Subfields(marc, "852", 'z'));
        Assert.Empty(Subfields(marc, "952", 'a')); // the source's own items are gone
        Assert.Single(Subfields(marc, "264", 'b')); // the RDA record (koha-london) is preferred
        Assert.All(Subfields(marc, "856", 'u'), u => Assert.StartsWith($"{host.BaseUri}api/v1/records/", u, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRecord_oai_dc_carries_title_creator_and_identifiers()
    {
        await using var host = await OaiTestHost.StartAsync();
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(7), title: "Oxford handbook"));
        var clusterId = await host.QueryAsync(db => Task.FromResult(db.Clusters.Single().Id));

        var doc = await host.GetAsync($"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:hub.test.example:{clusterId}");

        AssertValid(doc);
        var dc = Verb(doc, "GetRecord").Descendants(DcNs + "title").Single().Parent!;
        Assert.Equal("Oxford handbook", dc.Element(DcNs + "title")!.Value);
        Assert.Equal("Longmore, Murray", dc.Element(DcNs + "creator")!.Value);
        Assert.Contains($"urn:isbn:{Isbn(7)}", dc.Elements(DcNs + "identifier").Select(e => e.Value));
    }

    [Fact]
    public async Task Post_form_encoded_is_the_same_as_get_and_another_post_is_badArgument()
    {
        await using var host = await OaiTestHost.StartAsync();
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));

        using var form = new FormUrlEncodedContent([new("verb", "ListIdentifiers"), new("metadataPrefix", "oai_dc")]);
        using var posted = await host.Http.PostAsync(new Uri("oai", UriKind.Relative), form);
        var doc = XDocument.Parse(await posted.Content.ReadAsStringAsync());
        using var json = new StringContent("{\"verb\":\"Identify\"}", System.Text.Encoding.UTF8, "application/json");
        using var wrong = await host.Http.PostAsync(new Uri("oai", UriKind.Relative), json);
        var wrongDoc = XDocument.Parse(await wrong.Content.ReadAsStringAsync());

        AssertValid(doc);
        AssertValid(wrongDoc);
        Assert.Single(Headers(doc, "ListIdentifiers"));
        Assert.Equal(["badArgument"], ErrorCodes(wrongDoc));
    }
}
