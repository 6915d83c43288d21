namespace Gateway.Catalogue.Oai;

/// <summary>What a ListIdentifiers or ListRecords list selects: format, set and datestamp range (UTC, until exclusive).</summary>
internal sealed record ListSpec(string MetadataPrefix, string? Set, DateTime? From, DateTime? UntilExclusive);
