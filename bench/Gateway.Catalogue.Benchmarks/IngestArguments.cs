namespace Gateway.Catalogue.Benchmarks;

/// <summary>What to ingest, and where.</summary>
/// <param name="Systems">Systems generated (up to 5).</param>
/// <param name="RecordsPerSystem">Records a system.</param>
/// <param name="Seed">World seed (the shared edition pool).</param>
/// <param name="Provider"><c>Sqlite</c> or <c>PostgreSql</c>.</param>
/// <param name="ConnectionString">PostgreSQL's; a SQLite file in a temporary folder when null.</param>
/// <param name="Pages">Publish pages of 100 records of one system (<c>BibliographicRecordsChanged</c>), as the Koha adapter does; else single messages.</param>
/// <param name="SharedFraction">Fraction of each system's records that describe pool editions (the rest are the system's own).</param>
/// <param name="KeepDatabase">Where to leave the SQLite file when done (for the harvest or a search benchmark); deleted when null.</param>
/// <param name="Pregenerated">
/// Generate every message before the clock starts (held in memory), so the figure is the catalogue's and the bus's
/// alone; else the producer generates while the catalogue ingests, sharing the machine with it.
/// </param>
/// <param name="ItemsPerRecord">Items a record in a first item load after the records (two events an item); none when 0.</param>
/// <param name="LargeRecordItems">Items of one record (a journal run) loaded after that; none when 0.</param>
/// <param name="ItemRunSize">
/// Publish the item changes as runs of up to this many consecutive changes of one system (<c>ItemsChanged</c>, decision
/// 0036); one message a change when 0.
/// </param>
/// <param name="PageRecords">Records a page when <paramref name="Pages"/> (100, as the Koha adapter publishes them).</param>
internal sealed record IngestArguments(
    int Systems, int RecordsPerSystem, int Seed, string Provider, string? ConnectionString, bool Pages, double SharedFraction, string? KeepDatabase,
    bool Pregenerated = false, int ItemsPerRecord = 0, int LargeRecordItems = 0, int ItemRunSize = 0, int PageRecords = 100);
