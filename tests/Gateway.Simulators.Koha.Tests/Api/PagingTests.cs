using System.Net;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class PagingTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    [Fact]
    public async Task Lists_carry_total_headers_and_rfc5988_links()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=25&_page=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(25, (await KohaApi.JsonAsync(response)).GetArrayLength());
        Assert.Equal("600", KohaApi.Header(response, "X-Total-Count"));
        Assert.Equal("600", KohaApi.Header(response, "X-Base-Total-Count"));
        var link = KohaApi.Header(response, "Link");
        Assert.Contains("<http://localhost/api/v1/biblios?_page=2&_per_page=25>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("<http://localhost/api/v1/biblios?_page=1&_per_page=25>; rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("<http://localhost/api/v1/biblios?_page=24&_per_page=25>; rel=\"last\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_keep_the_query_and_pages_do_not_overlap()
    {
        using var client = await factory.AuthorisedClientAsync();
        var q = KohaApi.Q("""{"biblio_id":{"<=":50}}""");
        using var first = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={q}&_per_page=20&_order_by=-biblio_id");
        Assert.Equal("50", KohaApi.Header(first, "X-Total-Count"));
        Assert.Equal("600", KohaApi.Header(first, "X-Base-Total-Count"));
        var next = KohaApi.Header(first, "Link").Split(',').Single(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal));
        var nextUrl = next[(next.IndexOf('<', StringComparison.Ordinal) + 1)..next.IndexOf('>', StringComparison.Ordinal)];
        Assert.Contains("q=", nextUrl, StringComparison.Ordinal);
        using var second = await KohaApi.GetAsync(client, nextUrl);
        var ids = (await KohaApi.JsonAsync(first)).EnumerateArray().Concat((await KohaApi.JsonAsync(second)).EnumerateArray())
            .Select(b => b.GetProperty("biblio_id").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(11, 40).Reverse(), ids);
        Assert.Contains("rel=\"prev\"", KohaApi.Header(second, "Link"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_page_minus_one_returns_everything_and_unknown_parameters_are_400()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var all = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=-1");
        Assert.Equal(600, (await KohaApi.JsonAsync(all)).GetArrayLength());
        using var unknown = await KohaApi.GetAsync(client, "/api/v1/biblios?title=x");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("/query/title", (await KohaApi.JsonAsync(unknown))[0].GetProperty("path").GetString());
    }
}
