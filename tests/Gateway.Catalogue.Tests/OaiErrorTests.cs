using static Gateway.Catalogue.Tests.OaiRecords;
using static Gateway.Catalogue.Tests.OaiXml;

namespace Gateway.Catalogue.Tests;

/// <summary>Every OAI-PMH error code over HTTP, each response valid, arguments echoed only when they were valid.</summary>
public sealed class OaiErrorTests
{
    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Frobnicate", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&extra=1", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&from=2026-13-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&from=2026-03-01T10:00:00.5Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&from=2026-03-01T10:00:00%2B01:00", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&from=2026-03-01&until=2026-03-02T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&from=2026-03-02&until=2026-03-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21&resumptionToken=abc", "badArgument")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=marc21&set=bad%20set", "badArgument")]
    [InlineData("verb=GetRecord&identifier=oai:hub.test.example:c1", "badArgument")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=marc21&from=", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=mods", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=marc21&identifier=oai:hub.test.example:c0000000000000000", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=marc21&identifier=oai:elsewhere.example:c1", "idDoesNotExist")]
    [InlineData("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2099-01-01", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&set=library:koha-east.NOPE", "noRecordsMatch")]
    public async Task Bad_requests_get_their_error_code(string query, string code)
    {
        await using var host = await OaiTestHost.StartAsync();
        await host.ConsumeAsync(Book("koha-east", "1", Isbn(1)));

        var doc = await host.GetAsync(query);

        AssertValid(doc);
        Assert.Contains(code, ErrorCodes(doc));
        var request = doc.Root!.Element(OaiNs + "request")!;
        Assert.Equal(host.OaiUri.ToString(), request.Value);
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(request.Attributes());
        }
        else
        {
            Assert.NotNull(request.Attribute("verb"));
        }
    }

    [Fact]
    public async Task A_tampered_token_or_one_of_another_verb_is_badResumptionToken()
    {
        await using var host = await OaiTestHost.StartAsync();
        for (var i = 1; i <= 4; i++)
        {
            await host.ConsumeAsync(Book("koha-east", $"{i}", Isbn(i)));
        }

        var token = Token(await host.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc"), "ListIdentifiers")!;
        var tampered = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");

        Assert.Equal(["badResumptionToken"], ErrorCodes(await host.GetAsync($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(tampered)}")));
        Assert.Equal(["badResumptionToken"], ErrorCodes(await host.GetAsync($"verb=ListRecords&resumptionToken={Uri.EscapeDataString(token)}")));
        Assert.Empty(ErrorCodes(await host.GetAsync($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token)}")));
    }
}
