using Gateway.Simulators.Data.Catalogue;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>One record as OAI-PMH lists it: live (with metadata) or deleted (header only), datestamped.</summary>
internal sealed record OaiEntry(int BiblioId, SimBiblio Biblio, DateTimeOffset Datestamp, bool Deleted)
{
    /// <summary>
    /// The entry for a biblionumber, or null (never existed, or deleted while deleted records are not kept). With
    /// items included (extended mode's <c>include_items</c>), a live record's datestamp is the latest of its own
    /// timestamp, its items' and its deleted items' (Koha's ListBase reads items and deleteditems too), so a harvester
    /// sees a record again when a copy changed or was deleted.
    /// </summary>
    public static OaiEntry? Find(CatalogueSnapshot snapshot, int biblioId, bool withDeleted, bool includeItems = false) =>
        snapshot.Find(biblioId) is { } live ? new OaiEntry(biblioId, live, includeItems ? WithItems(snapshot, live) : live.Timestamp, Deleted: false)
        : withDeleted && snapshot.FindDeleted(biblioId) is { } gone ? new OaiEntry(biblioId, gone.Biblio, gone.DeletedAt, Deleted: true)
        : null;

    private static DateTimeOffset WithItems(CatalogueSnapshot snapshot, SimBiblio biblio)
    {
        var latest = biblio.Timestamp;
        foreach (var item in biblio.Items)
        {
            latest = item.Timestamp > latest ? item.Timestamp : latest;
        }

        return snapshot.LastItemDeletion(biblio.BiblioId) is { } deleted && deleted > latest ? deleted : latest;
    }
}
