using System.Collections.Concurrent;
using Gateway.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Messaging.Tests;

/// <summary>
/// A host wired as the gateway's embedded default (<c>AddGatewayMessaging</c>, no <c>Messaging</c> configuration) with
/// one consumer of pages on its own endpoint, which records what it received and fails when told to; and a reader of
/// that endpoint's <c>_error</c> queue, as an operator's tool would read it.
/// </summary>
internal sealed class EmbeddedBus : IAsyncDisposable
{
    public const string QueueName = "hand-over-pages";

    private readonly IHost _host;

    private EmbeddedBus(IHost host) => _host = host;

    public Observed Received => _host.Services.GetRequiredService<Observed>();

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public IServiceProvider Services => _host.Services;

    public static async Task<EmbeddedBus> StartAsync(bool failing = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "None" });
        builder.Services.AddSingleton(new Observed { Failing = failing });
        builder.Services.AddMessagingModule(bus =>
        {
            bus.AddConsumer<PageConsumer, PageConsumerDefinition>();
            bus.AddConsumer<ErrorQueueReader, ErrorQueueReaderDefinition>();
            bus.AddConsumer<SkippedQueueReader, SkippedQueueReaderDefinition>();
            bus.AddConsumer<WatermarkConsumer>();
            bus.AddRequestClient<GetIngestWatermark>();
        });
        builder.AddGatewayMessaging();
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new EmbeddedBus(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }

    /// <summary>What the consumer and the error queue's reader saw.</summary>
    internal sealed class Observed
    {
        public bool Failing { get; init; }

        public ConcurrentQueue<ConsumeContext<BibliographicRecordsChanged>> Consumed { get; } = new();

        public TaskCompletionSource<ConsumeContext<BibliographicRecordsChanged>> DeadLettered { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<ConsumeContext<BibliographicRecordsChanged>> FirstConsumed { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<ConsumeContext<ItemsChanged>> Skipped { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<System.Diagnostics.ActivityTraceId> ConsumeTraces { get; } = new();

        /// <summary>The answer the watermark consumer gives, and the request it was asked.</summary>
        public IngestWatermark Watermark { get; } = new() { SystemId = "koha-east", Stream = "records", StoredUpToRecordId = "42" };

        public GetIngestWatermark? Asked { get; set; }
    }

    /// <summary>Answers a watermark request with <see cref="Observed.Watermark"/> (request and response in process).</summary>
    private sealed class WatermarkConsumer(Observed observed) : IConsumer<GetIngestWatermark>
    {
        public Task Consume(ConsumeContext<GetIngestWatermark> context)
        {
            observed.Asked = context.Message;
            return context.RespondAsync(observed.Watermark);
        }
    }

    private sealed class PageConsumer(Observed received) : IConsumer<BibliographicRecordsChanged>
    {
        public Task Consume(ConsumeContext<BibliographicRecordsChanged> context)
        {
            received.Consumed.Enqueue(context);
            if (System.Diagnostics.Activity.Current is { } activity)
            {
                received.ConsumeTraces.Enqueue(activity.TraceId);
            }

            received.FirstConsumed.TrySetResult(context);
            return received.Failing
                ? throw new InvalidOperationException($"Page of {context.Message.SystemId} refused on purpose.")
                : Task.CompletedTask;
        }
    }

    /// <summary>One endpoint, retries in place, as the catalogue's ingest (quicker intervals).</summary>
    private sealed class PageConsumerDefinition : ConsumerDefinition<PageConsumer>
    {
        public PageConsumerDefinition()
        {
            EndpointName = QueueName;
            ConcurrentMessageLimit = 1;
        }

        protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
            IConsumerConfigurator<PageConsumer> consumerConfigurator, IRegistrationContext context) =>
            endpointConfigurator.UseMessageRetry(r => r.Intervals(10, 10));
    }

    /// <summary>
    /// Reads the consumer's <c>_error</c> queue as an operator's tool would: an endpoint of that name, bound to nothing
    /// else, reading what lands there with the bus's deserializers.
    /// </summary>
    private sealed class ErrorQueueReader(Observed received) : IConsumer<BibliographicRecordsChanged>
    {
        public Task Consume(ConsumeContext<BibliographicRecordsChanged> context)
        {
            received.DeadLettered.TrySetResult(context);
            return Task.CompletedTask;
        }
    }

    private sealed class ErrorQueueReaderDefinition : ConsumerDefinition<ErrorQueueReader>
    {
        public ErrorQueueReaderDefinition() => EndpointName = QueueName + "_error";

        protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
            IConsumerConfigurator<ErrorQueueReader> consumerConfigurator, IRegistrationContext context) =>
            endpointConfigurator.ConfigureConsumeTopology = false;
    }

    /// <summary>Reads the consumer's <c>_skipped</c> queue (messages its endpoint has no consumer for), as an operator's tool would.</summary>
    private sealed class SkippedQueueReader(Observed received) : IConsumer<ItemsChanged>
    {
        public Task Consume(ConsumeContext<ItemsChanged> context)
        {
            received.Skipped.TrySetResult(context);
            return Task.CompletedTask;
        }
    }

    private sealed class SkippedQueueReaderDefinition : ConsumerDefinition<SkippedQueueReader>
    {
        public SkippedQueueReaderDefinition() => EndpointName = QueueName + "_skipped";

        protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
            IConsumerConfigurator<SkippedQueueReader> consumerConfigurator, IRegistrationContext context) =>
            endpointConfigurator.ConfigureConsumeTopology = false;
    }
}
