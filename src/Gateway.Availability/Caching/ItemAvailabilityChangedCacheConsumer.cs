using Gateway.Contracts;
using MassTransit;

namespace Gateway.Availability.Caching;

/// <summary>
/// Keeps the availability cache current from the bus: a loan or return the adapter harvested shows up without a live
/// call. Idempotent: the same event twice, or an older one, changes nothing.
/// </summary>
internal sealed class ItemAvailabilityChangedCacheConsumer(AvailabilityCache cache) : IConsumer<ItemAvailabilityChanged>
{
    public Task Consume(ConsumeContext<ItemAvailabilityChanged> context)
    {
        cache.Apply(context.Message);
        return Task.CompletedTask;
    }
}
