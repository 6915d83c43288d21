using System.Diagnostics.Metrics;

namespace Gateway.Catalogue;

/// <summary>The catalogue's counters (meter <c>Gateway</c>, exported on <c>/metrics</c>).</summary>
internal static class CatalogueMetrics
{
    private static readonly Meter Meter = new("Gateway");
    private static long _searchBacklog;
    private static long _walFramesBehind;

    /// <summary>Clusters marked for a search-row rebuild and not yet rebuilt, as of the refresher's last batch (decision 0030).</summary>
    public static long SearchBacklog
    {
        get => Interlocked.Read(ref _searchBacklog);
        set => Interlocked.Exchange(ref _searchBacklog, value);
    }

    public static Counter<long> RecordsStored { get; } =
        Meter.CreateCounter<long>("gateway.catalogue.records.stored", description: "Record versions stored");

    public static Counter<long> RecordsDeleted { get; } =
        Meter.CreateCounter<long>("gateway.catalogue.records.deleted", description: "Deletions applied");

    public static Counter<long> ItemsRemoved { get; } =
        Meter.CreateCounter<long>("gateway.catalogue.items.removed", description: "Items removed because the vendor deleted them");

    public static Counter<long> StaleMessagesIgnored { get; } =
        Meter.CreateCounter<long>("gateway.catalogue.messages.stale", description: "Messages older than the stored version, ignored");

    public static Counter<long> UnreadableMarc { get; } =
        Meter.CreateCounter<long>("gateway.catalogue.marc.unreadable", description: "Changes whose MARCXML could not be read; clustered from their description");

    /// <summary>Milliseconds a writer waited for its SQLite write turn (decision 0044), tagged <c>writer</c>.</summary>
    public static Histogram<double> WriteTurnWait { get; } =
        Meter.CreateHistogram<double>("gateway.catalogue.write_turn.wait", unit: "ms",
            description: "Time a frequent writer (ingest page, item run, search batch) waited for its SQLite write turn");

    /// <summary>Milliseconds a writer held its SQLite write turn, tagged <c>writer</c>.</summary>
    public static Histogram<double> WriteTurnHeld { get; } =
        Meter.CreateHistogram<double>("gateway.catalogue.write_turn.held", unit: "ms",
            description: "Time a frequent writer (ingest page, item run, search batch) held the SQLite write turn");

    /// <summary>WAL frames the last checkpoint could not copy back (readers still on older pages); SQLite only.</summary>
    public static long WalFramesBehind
    {
        get => Interlocked.Read(ref _walFramesBehind);
        set => Interlocked.Exchange(ref _walFramesBehind, value);
    }

    public static ObservableGauge<long> WalFramesBehindGauge { get; } =
        Meter.CreateObservableGauge("gateway.catalogue.sqlite.wal.behind", () => WalFramesBehind,
            description: "SQLite WAL frames the last background checkpoint could not copy into the database file (decision 0042)");

    public static ObservableGauge<long> SearchBacklogGauge { get; } =
        Meter.CreateObservableGauge("gateway.catalogue.search.backlog", () => SearchBacklog,
            description: "Search-row refreshes waiting after ingest (marks in cluster_search_dirty)");
}
