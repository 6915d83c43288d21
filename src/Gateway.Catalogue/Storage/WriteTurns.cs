using System.Diagnostics;

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
/// <remarks>
/// How long each kind of writer waited for its turn and held it is measured (<see cref="CatalogueMetrics.WriteTurnWait"/>
/// and <see cref="CatalogueMetrics.WriteTurnHeld"/>, tagged <c>writer</c>): time ingest spends waiting is time a page
/// is not applied.
/// </remarks>
internal sealed class WriteTurns : IDisposable
{
    /// <summary>An ingest page (<c>BibliographicRecordsChanged</c>).</summary>
    public const string IngestPage = "ingest-page";

    /// <summary>A run of item changes (<c>ItemsChanged</c>).</summary>
    public const string ItemRun = "item-run";

    /// <summary>A batch of the search stage.</summary>
    public const string SearchBatch = "search-batch";

    private readonly SemaphoreSlim? _turn;

    /// <param name="oneWriter">True on SQLite (one writer at a time); false where the database locks rows.</param>
    public WriteTurns(bool oneWriter) => _turn = oneWriter ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the turn (first come, first served); disposing the result ends it.</summary>
    /// <param name="writer">Who asks (<see cref="IngestPage"/>, <see cref="ItemRun"/>, <see cref="SearchBatch"/>), for the metrics.</param>
    /// <param name="ct">Stops the wait.</param>
    public async ValueTask<Turn> TakeAsync(string writer, CancellationToken ct)
    {
        if (_turn is null)
        {
            return Turn.None;
        }

        var asked = Stopwatch.GetTimestamp();
        await _turn.WaitAsync(ct);
        var granted = Stopwatch.GetTimestamp();
        CatalogueMetrics.WriteTurnWait.Record(Stopwatch.GetElapsedTime(asked, granted).TotalMilliseconds, new KeyValuePair<string, object?>("writer", writer));
        return new Turn(_turn, writer, granted);
    }

    public void Dispose() => _turn?.Dispose();

    /// <summary>A write turn; ends when disposed (the first time).</summary>
    public sealed class Turn : IDisposable
    {
        /// <summary>The turn where every writer may go at once.</summary>
        public static readonly Turn None = new(null, string.Empty, 0);

        private readonly string _writer;
        private readonly long _granted;
        private SemaphoreSlim? _turn;

        internal Turn(SemaphoreSlim? turn, string writer, long granted)
        {
            _turn = turn;
            _writer = writer;
            _granted = granted;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _turn, null) is { } turn)
            {
                CatalogueMetrics.WriteTurnHeld.Record(Stopwatch.GetElapsedTime(_granted).TotalMilliseconds, new KeyValuePair<string, object?>("writer", _writer));
                turn.Release();
            }
        }
    }
}
