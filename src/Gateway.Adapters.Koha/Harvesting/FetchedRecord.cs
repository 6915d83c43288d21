using Gateway.Marc;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>A biblio's MARC as fetched, or the reason it could not be read.</summary>
internal sealed record FetchedRecord(MarcRecord? Record, string? Problem);
