namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// One system's records counted three ways — as the vendor reports them, as the catalogue holds them, as OAI-PMH
/// exposes them — so drift is seen, not guessed.
/// </summary>
/// <param name="SystemId">The regional system.</param>
/// <param name="Vendor">What the vendor reports, through its adapter.</param>
/// <param name="CatalogueRecords">Live (not deleted) source records of the system in the catalogue.</param>
/// <param name="ClusteredRecords">Of those, the ones in a consolidated record (and so exposed over OAI-PMH).</param>
/// <param name="OaiRecords">Live consolidated records in the OAI-PMH set <c>system:{id}</c>.</param>
/// <param name="InSync">True when the vendor answered and its count equals both the catalogue's and the clustered count.</param>
/// <param name="Differences">By id, when asked for (<c>?ids=true</c>) and the vendor listed its ids.</param>
public sealed record SystemReconciliation(
    string SystemId,
    VendorInventory Vendor,
    long CatalogueRecords,
    long ClusteredRecords,
    long OaiRecords,
    bool InSync,
    ReconciliationDifferences? Differences);

/// <summary>The vendor's side of a reconciliation.</summary>
/// <param name="Outcome"><c>ok</c>; <c>error</c> (the adapter could not ask the vendor: see <paramref name="Problem"/>); <c>no-answer</c> (no adapter answered in time).</param>
/// <param name="Records">The vendor's count of records; null unless <c>ok</c>.</param>
/// <param name="AsOf">When the vendor was asked.</param>
/// <param name="Problem">Why there is no count.</param>
public sealed record VendorInventory(string Outcome, long? Records, DateTimeOffset? AsOf, string? Problem);

/// <summary>Record ids that differ between the vendor and the catalogue (each list at most <see cref="ReconciliationApi.MaxIdsListed"/> long).</summary>
/// <param name="MissingFromCatalogue">At the vendor, not live in the catalogue (not harvested yet, or lost).</param>
/// <param name="NotAtVendor">Live in the catalogue, gone from the vendor (a deletion not seen yet).</param>
/// <param name="NotClustered">Live in the catalogue but in no consolidated record (should never happen).</param>
/// <param name="Truncated">True when a list was cut at the limit.</param>
public sealed record ReconciliationDifferences(
    IReadOnlyList<string> MissingFromCatalogue, IReadOnlyList<string> NotAtVendor, IReadOnlyList<string> NotClustered, bool Truncated);
