using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Says a catalogue transaction committed on SQLite, so <see cref="SqliteCheckpointer"/> has WAL pages to copy back
/// (decision 0042). An EF Core interceptor on every catalogue context: ingest pages, item runs, the search stage, the
/// API's writes and the saves EF Core wraps in a transaction of its own all pass through it. One pending wake-up at
/// most (<see cref="WakeUp"/>); it costs a channel write a commit.
/// </summary>
internal sealed class SqliteCommitSignal : DbTransactionInterceptor
{
    private readonly WakeUp _wakeUp = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => _wakeUp.Notify();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _wakeUp.Notify();
        return Task.CompletedTask;
    }

    /// <summary>Waits until something committed since the last wait returned.</summary>
    public Task WaitAsync(CancellationToken ct) => _wakeUp.WaitAsync(ct);
}
