using System.Net;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

/// <summary>The OPAC pages the gateway's request links point at: the record, place a hold, interlibrary loan.</summary>
public sealed class OpacPageTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    [Fact]
    public async Task The_record_page_shows_the_title_and_a_row_per_copy_without_signing_in()
    {
        using var api = await factory.AuthorisedClientAsync();
        using var biblio = await KohaApi.GetAsync(api, "/api/v1/biblios/2");
        var title = (await KohaApi.JsonAsync(biblio)).GetProperty("title").GetString()!;
        using var items = await KohaApi.GetAsync(api, "/api/v1/biblios/2/items?_per_page=-1");
        var copies = (await KohaApi.JsonAsync(items)).GetArrayLength();

        using var anonymous = factory.CreateClient();
        using var response = await anonymous.GetAsync("/cgi-bin/koha/opac-detail.pl?biblionumber=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(title.TrimEnd(' ', '/', ':', '.')), html, StringComparison.Ordinal);
        Assert.Equal(copies + 1, html.Split("<tr>").Length - 1); // a header row and one row per copy
    }

    [Theory]
    [InlineData("/cgi-bin/koha/opac-reserve.pl?biblionumber=2", "Place a hold")]
    [InlineData("/cgi-bin/koha/opac-illrequests.pl?op=add_form", "Interlibrary loan requests")]
    public async Task Hold_and_ill_pages_ask_the_user_to_sign_in(string path, string heading)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Log in", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cgi-bin/koha/opac-detail.pl?biblionumber=99999999")]
    [InlineData("/cgi-bin/koha/opac-detail.pl?biblionumber=abc")]
    [InlineData("/cgi-bin/koha/opac-reserve.pl")]
    public async Task An_unknown_record_is_not_found(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
