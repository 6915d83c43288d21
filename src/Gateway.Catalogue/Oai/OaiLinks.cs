namespace Gateway.Catalogue.Oai;

/// <summary>The provider's base URL (Identify, request echo) and the prefix of links to source records in the API.</summary>
internal sealed record OaiLinks(string BaseUrl, string ApiBase);
