using Gateway.Catalogue.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Gateway.Catalogue.Tests;

public sealed class MarcXmlNegotiationTests
{
    [Theory]
    [InlineData("application/marcxml+xml", true)]
    [InlineData("application/marcxml+xml, application/json", true)]
    [InlineData("application/json, application/marcxml+xml", false)]
    [InlineData("application/json;q=0.5, application/marcxml+xml", true)]
    [InlineData("application/marcxml+xml;q=0.2, application/json", false)]
    [InlineData("application/marcxml+xml;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("", false)]
    public void Accept_header_decides_by_quality_then_order(string accept, bool marc)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Accept = accept;
        Assert.Equal(marc, MarcXmlNegotiation.PrefersMarcXml(context.Request));
    }
}
