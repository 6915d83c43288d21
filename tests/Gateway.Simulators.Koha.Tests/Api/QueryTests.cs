using System.Globalization;
using System.Net;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class QueryTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    private static string Rfc3339(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Keyset_query_on_timestamp_and_biblio_id_returns_exactly_the_following_slice()
    {
        using var client = await factory.AuthorisedClientAsync();
        var records = factory.Services.GetRequiredService<SystemCatalogue>().Current.Biblios;
        var ordered = records.OrderBy(b => b.Timestamp).ThenBy(b => b.BiblioId).ToList();
        // A checkpoint inside a run of equal timestamps (the migration batch shares seconds).
        var tiedAt = ordered.GroupBy(b => b.Timestamp).First(g => g.Count() > 3).ToList();
        var checkpoint = tiedAt[1];
        var expected = ordered.SkipWhile(b => b != checkpoint).Skip(1).Take(40).Select(b => b.BiblioId).ToList();

        var t = Rfc3339(checkpoint.Timestamp);
        var q = KohaApi.Q($$$"""{"-or":[{"timestamp":{">":"{{{t}}}"}},{"timestamp":"{{{t}}}","biblio_id":{">":{{{checkpoint.BiblioId}}}}}]}""");
        using var response = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={q}&_order_by=%2Btimestamp,%2Bbiblio_id&_per_page=40");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await KohaApi.JsonAsync(response)).EnumerateArray().Select(b => b.GetProperty("biblio_id").GetInt32()).ToList();
        Assert.Equal(expected, ids);
        Assert.Equal((ordered.Count - ordered.IndexOf(checkpoint) - 1).ToString(CultureInfo.InvariantCulture), KohaApi.Header(response, "X-Total-Count"));
    }

    [Fact]
    public async Task Unencoded_plus_and_me_prefix_are_accepted_in_order_by()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios?_order_by=+me.timestamp,-me.biblio_id&_per_page=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stamps = (await KohaApi.JsonAsync(response)).EnumerateArray().Select(b => b.GetProperty("timestamp").GetString()!).ToList();
        Assert.Equal(stamps.Order(StringComparer.Ordinal), stamps);
    }

    [Theory]
    [InlineData("""{"title":{"-like":"%handbook%"}}""")]
    [InlineData("""[{"biblio_id":1},{"biblio_id":{"-not_in":[1,2]}}]""")]
    [InlineData("""{"-and":[{"biblio_id":{">=":10}},{"biblio_id":{"<":20}}],"isbn":{"!=":null}}""")]
    [InlineData("""{"copyright_date":{"-between":[2000,2010]}}""")]
    public async Task Query_operators_filter_without_errors(string query)
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={KohaApi.Q(query)}&_per_page=-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await KohaApi.JsonAsync(response)).GetArrayLength() > 0);
    }

    [Fact]
    public async Task Repeated_q_parameters_are_anded()
    {
        using var client = await factory.AuthorisedClientAsync();
        var url = $"/api/v1/biblios?q={KohaApi.Q("""{"biblio_id":{">":5}}""")}&q={KohaApi.Q("""{"biblio_id":{"<":9}}""")}";
        using var response = await KohaApi.GetAsync(client, url);
        var ids = (await KohaApi.JsonAsync(response)).EnumerateArray().Select(b => b.GetProperty("biblio_id").GetInt32());
        Assert.Equal([6, 7, 8], ids);
    }

    [Theory]
    [InlineData("""{"biblio_id":""")]
    [InlineData("""{"no_such_field":1}""")]
    [InlineData("""{"biblio_id":{"-frobnicate":1}}""")]
    [InlineData("""{"timestamp":{">":"not a date"}}""")]
    public async Task Bad_queries_are_400_invalid_query(string query)
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, $"/api/v1/biblios?q={KohaApi.Q(query)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await KohaApi.JsonAsync(response);
        Assert.Equal("invalid_query", body.GetProperty("error_code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetString()));
    }
}
