using System.Xml.Linq;

namespace Gateway.Catalogue.Tests;

/// <summary>The schema check the OAI-PMH tests rely on really checks.</summary>
public sealed class OaiSchemaTests
{
    [Fact]
    public void A_response_that_breaks_the_schema_is_caught()
    {
        var bad = XDocument.Parse(
            "<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'><responseDate>2026-03-02T09:00:00Z</responseDate>"
            + "<request>http://x/oai</request><ListSets><set><setSpec>bad spec</setSpec><setName>x</setName></set></ListSets></OAI-PMH>");
        var good = XDocument.Parse(bad.ToString().Replace("bad spec", "good:spec", StringComparison.Ordinal));

        OaiXml.AssertValid(good);
        Assert.ThrowsAny<Exception>(() => OaiXml.AssertValid(bad));
    }
}
