using Gateway.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Messaging.Tests;

/// <summary>
/// Which bus <c>AddGatewayMessaging</c> builds (decision 0040): the embedded default hands messages over in process; the
/// distributed mode (RabbitMQ) keeps MassTransit's JSON and knows nothing of the in-process serializer. Read from the
/// buses' own probe (built, not started: no broker needed).
/// </summary>
public sealed class TransportChoiceTests
{
    /// <summary>Content types as written (<c>+</c> not escaped).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Unescaped =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_embedded_default_uses_the_in_process_hand_over()
    {
        var probe = Probe(new Dictionary<string, string?>());

        Assert.Contains(InProcessHandOver.ContentTypeName, probe, StringComparison.Ordinal);
        Assert.Contains("application/vnd.masstransit+json", probe, StringComparison.Ordinal);
    }

    [Fact]
    public void The_distributed_mode_keeps_masstransit_s_json_only()
    {
        var probe = Probe(new Dictionary<string, string?> { ["Messaging:Transport"] = "RabbitMq", ["Messaging:RabbitMq:Host"] = "127.0.0.1" });

        Assert.DoesNotContain(InProcessHandOver.ContentTypeName, probe, StringComparison.Ordinal);
        Assert.Contains("application/vnd.masstransit+json", probe, StringComparison.Ordinal);
        Assert.Contains("rabbitmq", probe, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("InMemory")]
    [InlineData("RabbitMq")]
    public void No_transport_reports_usage_to_masstransit_s_servers(string transport)
    {
        using var host = Build(new Dictionary<string, string?> { ["Messaging:Transport"] = transport, ["Messaging:RabbitMq:Host"] = "127.0.0.1" });

        Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    [Theory]
    [InlineData("true")]
    [InlineData(" True ")]
    [InlineData("1")]
    public void MassTransit_s_variable_cannot_turn_usage_telemetry_back_on(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => UsageTelemetryGuard.EnsureOff(value));

        Assert.Contains(UsageTelemetryGuard.Variable, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("0")]
    public void MassTransit_s_variable_may_say_off(string? value) =>
        Assert.Null(Record.Exception(() => UsageTelemetryGuard.EnsureOff(value)));

    private static string Probe(Dictionary<string, string?> settings)
    {
        using var host = Build(settings);
        var bus = host.Services.GetRequiredService<IBusControl>();
        return System.Text.Json.JsonSerializer.Serialize(bus.GetProbeResult(), Unescaped);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMessagingModule(bus => bus.AddConsumer<PageConsumer>());
        builder.AddGatewayMessaging();
        return builder.Build();
    }

    private sealed class PageConsumer : IConsumer<BibliographicRecordsChanged>
    {
        public Task Consume(ConsumeContext<BibliographicRecordsChanged> context) => Task.CompletedTask;
    }
}
