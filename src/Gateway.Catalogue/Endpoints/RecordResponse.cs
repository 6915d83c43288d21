using Gateway.Contracts;

namespace Gateway.Catalogue.Endpoints;

/// <summary>A record as the hub sees it.</summary>
/// <param name="Id">The record's id in the gateway: <c>{systemId}:{vendorRecordId}</c>.</param>
/// <param name="SystemId">The regional system holding it.</param>
/// <param name="VendorRecordId">The record's id in that system.</param>
/// <param name="Description">Title, names, identifiers and the rest, extracted from MARC 21.</param>
/// <param name="SourceTimestamp">When the vendor last changed it (UTC).</param>
/// <param name="StoredAt">When the catalogue stored this version (UTC).</param>
/// <param name="Holdings">Per holding library, its items summarised (counts by status, next due date).</param>
/// <param name="Links">Where to get it again, and as MARCXML.</param>
public sealed record RecordResponse(
    string Id,
    string SystemId,
    string VendorRecordId,
    BibliographicDescription Description,
    DateTimeOffset SourceTimestamp,
    DateTimeOffset StoredAt,
    IReadOnlyList<LibraryHoldings> Holdings,
    RecordLinks Links);

/// <summary>Links of a record.</summary>
/// <param name="Self">This record's URL.</param>
/// <param name="MarcXml">The same URL; ask with <c>Accept: application/marcxml+xml</c>.</param>
public sealed record RecordLinks(string Self, string MarcXml);
