using Gateway.Adapters.Koha.Mapping;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>A biblio as fetched and mapped (its description and outgoing MARCXML), or the reason it could not be read or mapped.</summary>
internal sealed record FetchedRecord(MappedRecord? Record, string? Problem);
