using System.Data.Common;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Applies a run of item changes in one transaction (decision 0036): each change exactly as its single message would be
/// applied — the same reads, the same save, in list order, with a unit of work emptied after each change as a message of
/// its own would start with — so the tables come out the same, and the run costs one message and one commit. When the
/// run fails for a reason that is not transient, each change is applied on its own, in its own transaction, as if it
/// had come alone (a change that still fails fails its message, as it would alone). Transient failures go to the
/// endpoint's retry whole.
/// </summary>
internal sealed class ItemsChangedConsumer(
    CatalogueDbContext db, ItemChangeIngest ingest, WriteTurns turns, IServiceScopeFactory scopes, ILogger<ItemsChangedConsumer> logger)
    : IConsumer<ItemsChanged>
{
    public async Task Consume(ConsumeContext<ItemsChanged> context)
    {
        var run = context.Message;
        var ct = context.CancellationToken;
        if (run.Changes.FirstOrDefault(c => SystemOf(c) != run.SystemId) is { } stray)
        {
            throw new InvalidOperationException(
                $"A run of item changes of {run.SystemId} holds a change of {SystemOf(stray)}: the run is refused whole.");
        }

        try
        {
            using var turn = await turns.TakeAsync(WriteTurns.ItemRun, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var change in run.Changes)
            {
                await ApplyAsync(ingest, change, ct);
                db.ChangeTracker.Clear(); // saved: the next change starts from the store, as its own message would
            }

            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (!IsTransient(e) && e is not OperationCanceledException)
        {
            CatalogueLog.ItemRunFailed(logger, run.SystemId, run.Changes.Count, e.Message);
            foreach (var change in run.Changes)
            {
                await using var scope = scopes.CreateAsyncScope();
                await ApplyAsync(scope.ServiceProvider.GetRequiredService<ItemChangeIngest>(), change, ct);
            }
        }
    }

    private static Task ApplyAsync(ItemChangeIngest ingest, ItemChange change, CancellationToken ct) => change switch
    {
        { Holdings: { } holdings, Availability: null } => ingest.ApplyAsync(holdings, ct),
        { Availability: { } availability, Holdings: null } => ingest.ApplyAsync(availability, ct),
        _ => throw new InvalidOperationException("An item change must hold exactly one of holdings and availability."),
    };

    private static string? SystemOf(ItemChange change) => change.Holdings?.SystemId ?? change.Availability?.SystemId;

    private static bool IsTransient(Exception e) =>
        e is TimeoutException or DbException { IsTransient: true }
        || (e.InnerException is { } inner && IsTransient(inner));
}
