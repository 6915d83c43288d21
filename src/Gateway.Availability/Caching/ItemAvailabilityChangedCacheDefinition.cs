using MassTransit;

namespace Gateway.Availability.Caching;

/// <summary>
/// The cache's own endpoint (<c>availability-cache</c>), so it receives every <see cref="Contracts.ItemAvailabilityChanged"/>
/// beside the catalogue's ingest. The cache is per process, so on RabbitMQ each gateway instance gets its own
/// temporary queue (instance id = machine and process) instead of competing for one.
/// </summary>
internal sealed class ItemAvailabilityChangedCacheDefinition : ConsumerDefinition<ItemAvailabilityChangedCacheConsumer>
{
    public const string EndpointBaseName = "availability-cache";

    public ItemAvailabilityChangedCacheDefinition()
    {
        EndpointName = EndpointBaseName;
        Endpoint(e =>
        {
            e.InstanceId = $"-{Environment.MachineName.ToLowerInvariant()}-{Environment.ProcessId}";
            e.Temporary = true;
        });
        ConcurrentMessageLimit = 8;
    }
}
