using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Ingest runs one message at a time on one endpoint: messages are stored in the order they were published, which
/// keeps the watermark exact (everything below it is stored). Transient failures are retried in place; a message that
/// still fails goes to the endpoint's <c>_error</c> queue with its reason (MassTransit's fault headers).
/// </summary>
internal sealed class CatalogueIngestDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    /// <summary>The queue both ingest consumers share.</summary>
    public const string IngestEndpointName = "catalogue-ingest";

    public CatalogueIngestDefinition()
    {
        EndpointName = IngestEndpointName;
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 1000, 2000));
    }
}
