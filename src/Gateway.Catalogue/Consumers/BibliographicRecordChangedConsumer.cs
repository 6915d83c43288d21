using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>Stores one changed record and places it in its cluster (<see cref="RecordChangeIngest"/>).</summary>
internal sealed class BibliographicRecordChangedConsumer(RecordChangeIngest ingest) : IConsumer<BibliographicRecordChanged>
{
    public Task Consume(ConsumeContext<BibliographicRecordChanged> context) =>
        ingest.ApplyAsync(context.Message, context.CancellationToken);
}
