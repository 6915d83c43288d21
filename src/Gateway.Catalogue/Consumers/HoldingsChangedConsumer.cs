using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores where items are held and bumps the datestamp of the consolidated record of each source record whose items
/// changed (<see cref="ItemChangeIngest"/>). Idempotent per item.
/// </summary>
internal sealed class HoldingsChangedConsumer(ItemChangeIngest ingest) : IConsumer<HoldingsChanged>
{
    public Task Consume(ConsumeContext<HoldingsChanged> context) => ingest.ApplyAsync(context.Message, context.CancellationToken);
}
