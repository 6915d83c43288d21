namespace Gateway.Adapters.Koha.Vendor;

/// <summary>One page of ListIdentifiers and the token for the next (null or empty at the end).</summary>
internal sealed record OaiPage(IReadOnlyList<OaiHeader> Headers, string? ResumptionToken);
