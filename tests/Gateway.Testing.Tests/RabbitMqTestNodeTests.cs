using System.Net.Http.Json;
using System.Net.Sockets;

namespace Gateway.Testing.Tests;

/// <summary>
/// Runs against the node scripts/test.sh starts, so the script's RabbitMQ start is tested too.
/// </summary>
public sealed class RabbitMqTestNodeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void Node_is_described_whenever_services_are_required()
    {
        if (RabbitMqTestNode.ServicesRequired)
        {
            Assert.True(RabbitMqTestNode.IsAvailable, "GATEWAY_TEST_REQUIRE_SERVICES=1 but no RabbitMQ node is described");
        }

        RabbitMqTestNode.RequireOrSkip();
        Assert.NotEqual(RabbitMqTestNode.Port, RabbitMqTestNode.ManagementPort);
        Assert.Equal($"amqp://{RabbitMqTestNode.User}:{RabbitMqTestNode.Password}@{RabbitMqTestNode.Host}:{RabbitMqTestNode.Port}/gwtest-x",
            RabbitMqTestNode.AmqpUri("gwtest-x").ToString());
    }

    [Fact]
    public async Task Amqp_port_answers_the_protocol_header_with_connection_start()
    {
        RabbitMqTestNode.RequireOrSkip();
        using var client = new TcpClient();
        await client.ConnectAsync(RabbitMqTestNode.Host, RabbitMqTestNode.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), TestContext.Current.CancellationToken);

        var frame = new byte[11];
        await stream.ReadExactlyAsync(frame, TestContext.Current.CancellationToken);

        Assert.Equal(1, frame[0]); // method frame
        Assert.Equal(0, frame[1] << 8 | frame[2]); // channel 0
        Assert.Equal(10, frame[7] << 8 | frame[8]); // class connection
        Assert.Equal(10, frame[9] << 8 | frame[10]); // method start
    }

    [Fact]
    public async Task Virtual_host_is_created_used_and_deleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var vhost = await RabbitMqTestNode.CreateVirtualHostAsync(nameof(RabbitMqTestNodeTests), ct);
        try
        {
            Assert.StartsWith("gwtest-rabbitmqtestnodetests-", vhost, StringComparison.Ordinal);
            Assert.True(await RabbitMqTestNode.VirtualHostExistsAsync(vhost, ct));

            await DeclareAndPublishAsync(vhost, "work", messages: 2, ct);

            await Eventually.AssertAsync(
                async () => await RabbitMqTestNode.GetQueueDepthAsync(vhost, "work", ct) == 2,
                Timeout,
                "two messages in queue 'work'",
                cancellationToken: ct);
            Assert.Equal(["work"], await RabbitMqTestNode.GetQueueNamesAsync(vhost, ct));
            Assert.Null(await RabbitMqTestNode.GetQueueDepthAsync(vhost, "no-such-queue", ct));
        }
        finally
        {
            await RabbitMqTestNode.DeleteVirtualHostAsync(vhost, ct);
        }

        Assert.False(await RabbitMqTestNode.VirtualHostExistsAsync(vhost, ct));
        await RabbitMqTestNode.DeleteVirtualHostAsync(vhost, ct); // deleting twice is fine
    }

    [Fact]
    public async Task Virtual_hosts_do_not_see_each_others_queues()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await RabbitMqTestNode.CreateVirtualHostAsync("isolation", ct);
        var second = await RabbitMqTestNode.CreateVirtualHostAsync("isolation", ct);
        try
        {
            Assert.NotEqual(first, second);
            await DeclareAndPublishAsync(first, "only-here", messages: 1, ct);

            Assert.Equal(["only-here"], await RabbitMqTestNode.GetQueueNamesAsync(first, ct));
            Assert.Empty(await RabbitMqTestNode.GetQueueNamesAsync(second, ct));
            Assert.Null(await RabbitMqTestNode.GetQueueDepthAsync(second, "only-here", ct));
        }
        finally
        {
            await RabbitMqTestNode.DeleteVirtualHostAsync(first, ct);
            await RabbitMqTestNode.DeleteVirtualHostAsync(second, ct);
        }
    }

    [Fact]
    public void Unique_names_are_safe_and_readable()
    {
        var name = RabbitMqTestNode.UniqueName("Gateway.Adapters/Koha Tests");

        Assert.Matches("^gwtest-gateway-adapters-koha-tests-[0-9a-f]{12}$", name);
        Assert.NotEqual(name, RabbitMqTestNode.UniqueName("Gateway.Adapters/Koha Tests"));
    }

    internal static async Task DeclareAndPublishAsync(string vhost, string queue, int messages, CancellationToken ct)
    {
        var v = Uri.EscapeDataString(vhost);
        await RabbitMqTestNode.ManagementAsync(HttpMethod.Put, $"api/queues/{v}/{queue}", new { durable = false, auto_delete = false }, ct);
        for (var i = 0; i < messages; i++)
        {
            var answer = await RabbitMqTestNode.ManagementAsync(
                HttpMethod.Post,
                $"api/exchanges/{v}/amq.default/publish",
                new { properties = new { }, routing_key = queue, payload = $"message {i}", payload_encoding = "string" },
                ct);
            Assert.Contains("\"routed\":true", answer, StringComparison.Ordinal);
        }
    }
}

public sealed class RabbitMqVirtualHostFixtureTests(RabbitMqVirtualHostFixture fixture) : IClassFixture<RabbitMqVirtualHostFixture>
{
    [Fact]
    public async Task Fixture_gives_the_class_its_own_virtual_host()
    {
        var vhost = fixture.RequireOrSkip();

        Assert.StartsWith("gwtest-rabbitmqvirtualhostfixturetests-", vhost, StringComparison.Ordinal);
        Assert.True(await RabbitMqTestNode.VirtualHostExistsAsync(vhost, TestContext.Current.CancellationToken));
        Assert.EndsWith("/" + vhost, fixture.AmqpUri.ToString(), StringComparison.Ordinal);
    }
}
