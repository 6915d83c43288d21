using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Simulators.Koha.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class WebhookTests
{
    private const string Secret = "webhook-test-secret";

    [Fact]
    public async Task Each_change_is_pushed_signed_with_the_contract_shape()
    {
        var receiver = new RecordingReceiver();
        await using var factory = Simulator(receiver);
        using var client = factory.CreateClient();
        using var advance = await client.PostAsync("/_sim/advance?ticks=3&changes=20", null);
        var changes = (await KohaApi.JsonAsync(advance)).GetProperty("changes").EnumerateArray().ToList();
        var pushed = changes.Where(c => c.GetProperty("kind").GetString() != "HoldPlaced").ToList();
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "HoldPlaced");
        await EventuallyAsync(() => receiver.Received.Count >= pushed.Count);

        var received = receiver.Received.ToList();
        Assert.Equal(pushed.Count, received.Count);
        for (var i = 0; i < pushed.Count; i++)
        {
            var request = received[i];
            var expectedSignature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), request.Body));
            Assert.Equal(expectedSignature, request.Headers["X-Koha-Signature"]);
            Assert.Equal("application/json", request.ContentType);
            using var body = JsonDocument.Parse(request.Body);
            var root = body.RootElement;
            Assert.Equal(["event", "biblio_id", "item_id", "timestamp", "event_id"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(request.Headers["X-Koha-Event-Id"], root.GetProperty("event_id").GetString());
            Assert.True(Guid.TryParse(root.GetProperty("event_id").GetString(), out _));
            var change = pushed[i];
            var expectedEvent = change.GetProperty("kind").GetString() switch
            {
                "BiblioUpdated" => "biblio_modified",
                "BiblioAdded" => "biblio_added",
                "BiblioDeleted" => "biblio_deleted",
                _ => "item_modified",
            };
            Assert.Equal(expectedEvent, root.GetProperty("event").GetString());
            Assert.Equal(change.GetProperty("biblioId").GetInt32(), root.GetProperty("biblio_id").GetInt32());
            Assert.Equal(change.GetProperty("timestamp").GetString(), root.GetProperty("timestamp").GetString());
            if (expectedEvent == "item_modified")
            {
                Assert.Equal(change.GetProperty("itemId").GetInt32(), root.GetProperty("item_id").GetInt32());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, root.GetProperty("item_id").ValueKind);
            }
        }

        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(pushed.Count, stats.GetProperty("webhooksSent").GetInt64());
        Assert.Equal(0, stats.GetProperty("webhooksFailed").GetInt64());
        var log = await KohaApi.JsonAsync(await client.GetAsync("/_sim/webhooks"));
        Assert.Equal(Enumerable.Range(1, pushed.Count), log.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_with_back_off_and_given_up_on_when_bounded()
    {
        var receiver = new RecordingReceiver();
        receiver.AnswerNext(HttpStatusCode.ServiceUnavailable, HttpStatusCode.InternalServerError);
        await using var factory = Simulator(receiver, maxAttempts: 3);
        using var client = factory.CreateClient();
        (await client.PostAsync("/_sim/advance?ticks=1&changes=1", null)).Dispose();
        await EventuallyAsync(async () => (await StatsAsync(client)).GetProperty("webhooksSent").GetInt64() >= 1);
        var stats = await StatsAsync(client);
        Assert.Equal(2, stats.GetProperty("webhookRetries").GetInt64());
        var attempts = receiver.Received.ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.Headers["X-Koha-Event-Id"]).Distinct());

        receiver.AnswerNext(HttpStatusCode.BadRequest);
        receiver.AnswerNext(Enumerable.Repeat(HttpStatusCode.BadGateway, 3).ToArray());
        var before = receiver.Received.Count;
        using var advance = await client.PostAsync("/_sim/advance?ticks=1&changes=2", null);
        await EventuallyAsync(async () => (await StatsAsync(client)).GetProperty("webhooksFailed").GetInt64() >= 2);
        Assert.Equal(before + 1 + 3, receiver.Received.Count); // a 400 is not retried; 5xx three times (MaxAttempts)
    }

    [Fact]
    public async Task Replay_sends_the_same_events_again_with_their_ids_and_bytes()
    {
        var receiver = new RecordingReceiver();
        await using var factory = Simulator(receiver);
        using var client = factory.CreateClient();
        (await client.PostAsync("/_sim/advance?ticks=2&changes=10", null)).Dispose();
        var log = (await KohaApi.JsonAsync(await client.GetAsync("/_sim/webhooks"))).EnumerateArray().ToList();
        await EventuallyAsync(() => receiver.Received.Count >= log.Count);
        var first = receiver.Received.ToList();

        using var replay = await client.PostAsync("/_sim/webhooks/replay?from=3", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var replayed = (await KohaApi.JsonAsync(replay)).GetProperty("replayed").GetInt32();
        Assert.Equal(log.Count - 2, replayed);
        await EventuallyAsync(() => receiver.Received.Count >= first.Count + replayed);
        var again = receiver.Received.Skip(first.Count).ToList();
        Assert.Equal(first.Skip(2).Select(r => r.Headers["X-Koha-Event-Id"]), again.Select(r => r.Headers["X-Koha-Event-Id"]));
        Assert.Equal(first.Skip(2).Select(r => Convert.ToHexString(r.Body)), again.Select(r => Convert.ToHexString(r.Body)));
        var since = (await KohaApi.JsonAsync(await client.GetAsync("/_sim/webhooks?from=3"))).EnumerateArray().ToList();
        Assert.All(since, e => Assert.Equal(2, e.GetProperty("delivered").GetInt32()));
    }

    [Fact]
    public async Task Without_a_configured_receiver_nothing_is_sent_and_replay_is_a_conflict()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = factory.CreateClient();
        (await client.PostAsync("/_sim/advance?ticks=1&changes=5", null)).Dispose();
        using var replay = await client.PostAsync("/_sim/webhooks/replay?from=1", null);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(0, (await StatsAsync(client)).GetProperty("webhooksSent").GetInt64());
        Assert.Equal(0, (await KohaApi.JsonAsync(await client.GetAsync("/_sim/webhooks"))).GetArrayLength());
    }

    [Fact]
    public async Task A_url_without_a_secret_fails_at_start_up()
    {
        var error = await SimulatorStartUp.FailureAsync(new Dictionary<string, string?> { ["KohaSimulator:Webhook:Url"] = "http://127.0.0.1:9/hook" });
        Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(error);
        Assert.Contains("Webhook:Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_deleted_through_the_api_is_pushed_as_item_deleted()
    {
        var receiver = new RecordingReceiver();
        await using var factory = Simulator(receiver);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await KohaApi.TokenAsync(client));
        using var holds = await KohaApi.GetAsync(client, "/api/v1/holds?_per_page=-1");
        var held = (await KohaApi.JsonAsync(holds)).EnumerateArray()
            .Where(h => h.GetProperty("item_id").ValueKind == JsonValueKind.Number).Select(h => h.GetProperty("item_id").GetInt32()).ToHashSet();
        using var list = await KohaApi.GetAsync(client, "/api/v1/items?_per_page=-1");
        var item = (await KohaApi.JsonAsync(list)).EnumerateArray()
            .First(i => i.GetProperty("checked_out_date").ValueKind == JsonValueKind.Null && !held.Contains(i.GetProperty("item_id").GetInt32()));
        var itemId = item.GetProperty("item_id").GetInt32();

        using var deleted = await client.DeleteAsync(new Uri($"/api/v1/items/{itemId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        await EventuallyAsync(() => !receiver.Received.IsEmpty);
        using var body = JsonDocument.Parse(receiver.Received.Single().Body);
        Assert.Equal("item_deleted", body.RootElement.GetProperty("event").GetString());
        Assert.Equal(itemId, body.RootElement.GetProperty("item_id").GetInt32());
        Assert.Equal(item.GetProperty("biblio_id").GetInt32(), body.RootElement.GetProperty("biblio_id").GetInt32());
    }

    private static WebApplicationFactory<Program> Simulator(RecordingReceiver receiver, int maxAttempts = 5) =>
        KohaSimulatorFactory.With(new Dictionary<string, string?>
        {
            ["KohaSimulator:Webhook:Url"] = "http://receiver.test/koha-events",
            ["KohaSimulator:Webhook:Secret"] = Secret,
            ["KohaSimulator:Webhook:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["KohaSimulator:Webhook:InitialBackoffMilliseconds"] = "10",
        }).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient("koha-webhooks").ConfigurePrimaryHttpMessageHandler(() => receiver)));

    private static async Task<JsonElement> StatsAsync(HttpClient client) => await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));

    private static Task EventuallyAsync(Func<bool> condition) => EventuallyAsync(() => Task.FromResult(condition()));

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(20);
        }
    }
}
