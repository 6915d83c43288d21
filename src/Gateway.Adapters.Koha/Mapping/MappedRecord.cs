using Gateway.Contracts;

namespace Gateway.Adapters.Koha.Mapping;

/// <summary>
/// What a fetched biblio becomes before it is published: its description and its MARCXML without the local tags
/// (single-quoted attributes, decision 0024). Made while the fetched page's bytes are at hand (decision 0031).
/// </summary>
/// <param name="Description">The shared description.</param>
/// <param name="MarcXml">The record's MARCXML as sent.</param>
internal sealed record MappedRecord(BibliographicDescription Description, string MarcXml);
