namespace Gateway.Adapters.Koha.Vendor;

/// <summary>One OAI-PMH record header: the Koha biblionumber, its datestamp and whether it is deleted.</summary>
internal sealed record OaiHeader(long BiblioId, DateTimeOffset Datestamp, bool Deleted);
