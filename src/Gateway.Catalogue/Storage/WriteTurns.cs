namespace Gateway.Catalogue.Storage;

/// <summary>
/// Hands the catalogue's write transactions their turn in the order they asked for it (decision 0044). SQLite has one
/// writer at a time, and a transaction that finds the database locked is retried by <c>Microsoft.Data.Sqlite</c> after
/// sleeping 150 ms: while ingest held the lock ~90 % of the time, the search stage woke into a held lock again and
/// again and refreshed ~1,400 clusters a second instead of the ~20,000 it manages alone, so search rows lagged by
/// hundreds of thousands of clusters during a full load. Taking a turn here first queues the writer behind the one
/// transaction in progress instead. PostgreSQL locks rows, not the database: there every turn is granted at once.
/// Only the frequent writers take turns (ingest pages, item runs, search batches); any other write still waits on the
/// lock as before.
/// </summary>
internal sealed class WriteTurns : IDisposable
{
    private readonly SemaphoreSlim? _turn;

    /// <param name="oneWriter">True on SQLite (one writer at a time); false where the database locks rows.</param>
    public WriteTurns(bool oneWriter) => _turn = oneWriter ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the turn (first come, first served); disposing the result ends it.</summary>
    public async ValueTask<Turn> TakeAsync(CancellationToken ct)
    {
        if (_turn is null)
        {
            return Turn.None;
        }

        await _turn.WaitAsync(ct);
        return new Turn(_turn);
    }

    public void Dispose() => _turn?.Dispose();

    /// <summary>A write turn; ends when disposed (the first time).</summary>
    public sealed class Turn : IDisposable
    {
        /// <summary>The turn where every writer may go at once.</summary>
        public static readonly Turn None = new(null);

        private SemaphoreSlim? _turn;

        internal Turn(SemaphoreSlim? turn) => _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
