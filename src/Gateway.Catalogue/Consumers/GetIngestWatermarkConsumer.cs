using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>Answers an adapter's question: up to where has the catalogue stored this system's stream?</summary>
internal sealed class GetIngestWatermarkConsumer(CatalogueDbContext db) : IConsumer<GetIngestWatermark>
{
    public async Task Consume(ConsumeContext<GetIngestWatermark> context)
    {
        var request = context.Message;
        var mark = await db.IngestWatermarks.FindAsync([request.SystemId, request.Stream], context.CancellationToken);
        await context.RespondAsync(new Contracts.IngestWatermark
        {
            SystemId = request.SystemId,
            Stream = request.Stream,
            StoredUpTo = mark is null ? null : new DateTimeOffset(DateTime.SpecifyKind(mark.StoredUpTo, DateTimeKind.Utc)),
            StoredUpToRecordId = mark?.RecordId,
        });
    }
}
