using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores an item's latest circulation status and bumps the datestamp of its record's consolidated record when the
/// status changed (<see cref="ItemChangeIngest"/>). Idempotent: an older status is ignored, the same one again bumps
/// nothing.
/// </summary>
internal sealed class ItemAvailabilityChangedConsumer(ItemChangeIngest ingest) : IConsumer<ItemAvailabilityChanged>
{
    public Task Consume(ConsumeContext<ItemAvailabilityChanged> context) => ingest.ApplyAsync(context.Message, context.CancellationToken);
}
