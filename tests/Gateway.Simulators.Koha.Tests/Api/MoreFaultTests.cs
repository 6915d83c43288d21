using System.Net;
using System.Net.Http.Json;
using Gateway.Marc;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class MoreFaultTests
{
    [Fact]
    public async Task Connection_drops_abort_the_response_mid_body()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        (await client.PostAsJsonAsync("/_sim/faults", new { connectionDropRate = 1.0 })).Dispose();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=50"));
        Assert.True(error is HttpRequestException or IOException, error.ToString());
        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(1, stats.GetProperty("faultsInjected").GetProperty("connection_drop").GetInt64());
    }

    [Fact]
    public async Task Truncated_marc_cuts_iso2709_bodies_mid_record_and_leaves_json_alone()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using var whole = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=5", "application/marc");
        var full = await whole.Content.ReadAsByteArrayAsync();
        Assert.Equal(5, Iso2709Reader.Read(new MemoryStream(full)).Count());

        (await client.PostAsJsonAsync("/_sim/faults", new { truncatedMarcRate = 1.0 })).Dispose();
        using var cut = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=5", "application/marc");
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        var truncated = await cut.Content.ReadAsByteArrayAsync();
        Assert.True(truncated.Length < full.Length);
        Assert.Equal(full.AsSpan(0, truncated.Length).ToArray(), truncated);
        Assert.NotEqual((byte)0x1D, truncated[^1]);
        using var json = await KohaApi.GetAsync(client, "/api/v1/biblios?_per_page=5");
        Assert.Equal(5, (await KohaApi.JsonAsync(json)).GetArrayLength());
        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(1, stats.GetProperty("faultsInjected").GetProperty("truncated_marc").GetInt64());
    }

    [Fact]
    public async Task A_route_filter_fails_one_route_while_the_others_work()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using (var set = await client.PostAsJsonAsync("/_sim/faults", new { errorRate = 1.0, routes = new[] { "items" } }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        using (var items = await KohaApi.GetAsync(client, "/api/v1/items"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, items.StatusCode);
        }

        using (var biblios = await KohaApi.GetAsync(client, "/api/v1/biblios"))
        {
            Assert.Equal(HttpStatusCode.OK, biblios.StatusCode);
        }

        (await client.PostAsJsonAsync("/_sim/faults", new { status429Rate = 1.0, routes = new[] { "oai", "biblio" } })).Dispose();
        using (var oai = await client.GetAsync("/cgi-bin/koha/oai.pl?verb=Identify"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, oai.StatusCode);
        }

        using (var one = await KohaApi.GetAsync(client, "/api/v1/biblios/1"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, one.StatusCode);
        }

        using (var list = await KohaApi.GetAsync(client, "/api/v1/biblios"))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }

        using var unknown = await client.PostAsJsonAsync("/_sim/faults", new { errorRate = 1.0, routes = new[] { "wormholes" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Tokens_can_expire_after_a_number_of_requests_mid_harvest()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        (await client.PostAsJsonAsync("/_sim/faults", new { expireTokensAfterRequests = 2 })).Dispose();
        using (var first = await KohaApi.GetAsync(client, "/api/v1/biblios"))
        using (var second = await KohaApi.GetAsync(client, "/api/v1/biblios?_page=2"))
        using (var third = await KohaApi.GetAsync(client, "/api/v1/biblios?_page=3"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, third.StatusCode);
        }

        client.DefaultRequestHeaders.Authorization = new("Bearer", await KohaApi.TokenAsync(client));
        using var renewed = await KohaApi.GetAsync(client, "/api/v1/biblios?_page=3");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(1, stats.GetProperty("faultsInjected").GetProperty("token_expired").GetInt64());
    }

    [Fact]
    public async Task Token_lifetime_can_be_shortened_at_run_time()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/_sim/faults", new { tokenLifetimeSeconds = 1 })).Dispose();
        using var tokenResponse = await KohaApi.TokenResponseAsync(client, KohaSimulatorFactory.ClientSecret);
        var token = await KohaApi.JsonAsync(tokenResponse);
        Assert.Equal(1, token.GetProperty("expires_in").GetInt32());
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("access_token").GetString());
        using (var fresh = await KohaApi.GetAsync(client, "/api/v1/biblios"))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(1200));
        using var expired = await KohaApi.GetAsync(client, "/api/v1/biblios");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }
}
