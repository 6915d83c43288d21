using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class PatronTests
{
    [Fact]
    public async Task Patron_calls_are_served_fake_data_and_counted_even_when_unauthenticated()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using var list = await KohaApi.GetAsync(client, "/api/v1/patrons");
        Assert.Contains("PATRON-DATA-MUST-NOT-LEAVE", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var one = await KohaApi.GetAsync(client, "/api/v1/patrons/1");
        Assert.Contains("PATRON-DATA-MUST-NOT-LEAVE", await one.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var anonymous = factory.CreateClient();
        using var rejected = await anonymous.GetAsync("/api/v1/patrons/2/holds");
        using var embed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/biblios/1/items");
        embed.Headers.Add("x-koha-embed", "checkout.patron");
        using var embedded = await client.SendAsync(embed);

        using var stats = await client.GetAsync("/_sim/stats");
        var body = await KohaApi.JsonAsync(stats);
        Assert.Equal(3, body.GetProperty("patronCalls").GetInt64());
        Assert.Equal(1, body.GetProperty("patronEmbedRequests").GetInt64());
        Assert.Equal(3, body.GetProperty("calls").GetProperty("patrons").GetInt64());
    }
}
