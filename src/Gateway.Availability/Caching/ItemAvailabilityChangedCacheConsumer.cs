using Gateway.Contracts;
using MassTransit;

namespace Gateway.Availability.Caching;

/// <summary>
/// Keeps the availability cache current from the bus: a loan or return the adapter harvested shows up without a live
/// call. Single <see cref="ItemAvailabilityChanged"/> events and the availability entries of an <see cref="ItemsChanged"/>
/// run (decision 0036) alike, in the run's order. Idempotent: the same event twice, or an older one, changes nothing.
/// </summary>
internal sealed class ItemAvailabilityChangedCacheConsumer(AvailabilityCache cache) : IConsumer<ItemAvailabilityChanged>, IConsumer<ItemsChanged>
{
    public Task Consume(ConsumeContext<ItemAvailabilityChanged> context)
    {
        cache.Apply(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ItemsChanged> context)
    {
        foreach (var change in context.Message.Changes)
        {
            if (change.Availability is { } availability)
            {
                cache.Apply(availability);
            }
        }

        return Task.CompletedTask;
    }
}
