using System.Data.Common;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores a page of changed records in one transaction (<see cref="RecordChangeIngest.ApplyAllAsync"/>). One bad record
/// never stops its page: when the page fails for a reason that is not transient, each record is applied on its own,
/// and one that still fails is kept aside with its reason (<see cref="IngestProblemKinds.IngestFailed"/>, seen at
/// <c>GET /api/v1/ops/problems</c>). Transient failures (a busy or unreachable database) go to the endpoint's retry and,
/// in the end, to its error queue whole, so nothing is lost.
/// </summary>
internal sealed class BibliographicRecordsChangedConsumer(
    RecordChangeIngest ingest, IServiceScopeFactory scopes, ILogger<BibliographicRecordsChangedConsumer> logger)
    : IConsumer<BibliographicRecordsChanged>
{
    public async Task Consume(ConsumeContext<BibliographicRecordsChanged> context)
    {
        var page = context.Message;
        if (page.Records.FirstOrDefault(r => r.SystemId != page.SystemId) is { } stray)
        {
            throw new InvalidOperationException(
                $"A page of {page.SystemId} holds record {stray.VendorRecordId} of {stray.SystemId}: the page is refused whole.");
        }

        try
        {
            await ingest.ApplyAllAsync(page.Records, context.CancellationToken);
        }
        catch (Exception e) when (!IsTransient(e) && e is not OperationCanceledException)
        {
            CatalogueLog.PageFailed(logger, page.SystemId, page.Records.Count, e.Message);
            foreach (var record in page.Records)
            {
                await ApplyAloneAsync(record, context.CancellationToken);
            }
        }
    }

    private async Task ApplyAloneAsync(BibliographicRecordChanged record, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RecordChangeIngest>().ApplyAsync(record, ct);
        }
        catch (Exception e) when (!IsTransient(e) && e is not OperationCanceledException)
        {
            var sourceId = RecordId.Format(record.SystemId, record.VendorRecordId);
            CatalogueLog.RecordKeptAside(logger, sourceId, e.Message);
            await using var scope = scopes.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<SourceRecordWriter>();
            await writer.KeepProblemAsync(sourceId, IngestProblemKinds.IngestFailed, record, Reason(e), ct);
            await writer.SaveAsync(ct);
        }
    }

    private static string Reason(Exception e) =>
        e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;

    private static bool IsTransient(Exception e) =>
        e is TimeoutException or DbException { IsTransient: true }
        || (e.InnerException is { } inner && IsTransient(inner));
}
