using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class FaultTests
{
    [Fact]
    public async Task Error_rate_one_makes_a_500_until_cleared()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using var set = await client.PostAsJsonAsync("/_sim/faults", new { errorRate = 1.0 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        using var failed = await KohaApi.GetAsync(client, "/api/v1/biblios");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("internal_server_error", (await KohaApi.JsonAsync(failed)).GetProperty("error_code").GetString());
        using var cleared = await client.DeleteAsync("/_sim/faults");
        using var ok = await KohaApi.GetAsync(client, "/api/v1/biblios");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(1, stats.GetProperty("faultsInjected").GetProperty("error").GetInt64());
    }

    [Fact]
    public async Task Throttling_and_malformed_bodies_can_be_injected()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        (await client.PostAsJsonAsync("/_sim/faults", new { status429Rate = 1.0, retryAfterSeconds = 7 })).Dispose();
        using var throttled = await KohaApi.GetAsync(client, "/api/v1/biblios");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter!.Delta);

        (await client.PostAsJsonAsync("/_sim/faults", new { malformedRate = 1.0 })).Dispose();
        using var malformed = await KohaApi.GetAsync(client, "/api/v1/biblios");
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        var text = await malformed.Content.ReadAsStringAsync();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Timeouts_hang_until_the_client_gives_up()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        (await client.PostAsJsonAsync("/_sim/faults", new { timeoutRate = 1.0 })).Dispose();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("/api/v1/biblios", cts.Token));
    }

    [Fact]
    public async Task Out_of_range_fault_settings_are_rejected()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/_sim/faults", new { errorRate = 2.0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
