using Gateway.Simulators.Data.Catalogue;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>One record as OAI-PMH lists it: live (with metadata) or deleted (header only), datestamped.</summary>
internal sealed record OaiEntry(int BiblioId, SimBiblio Biblio, DateTimeOffset Datestamp, bool Deleted)
{
    /// <summary>The entry for a biblionumber, or null (never existed, or deleted while deleted records are not kept).</summary>
    public static OaiEntry? Find(CatalogueSnapshot snapshot, int biblioId, bool withDeleted) =>
        snapshot.Find(biblioId) is { } live ? new OaiEntry(biblioId, live, live.Timestamp, Deleted: false)
        : withDeleted && snapshot.FindDeleted(biblioId) is { } gone ? new OaiEntry(biblioId, gone.Biblio, gone.DeletedAt, Deleted: true)
        : null;
}
