using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Gateway.Adapters.Koha.Options;
using Gateway.Systems;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// OAI-PMH ListIdentifiers against Koha's <c>/cgi-bin/koha/oai.pl</c> (no authentication, as Koha serves it). Errors
/// come back in-band with HTTP 200: <c>noRecordsMatch</c> is an empty list, any other code is a failure.
/// </summary>
internal sealed class KohaOaiClient(IHttpClientFactory httpClients)
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Oai = Namespace;

    /// <summary>The headers with a datestamp in [from, until] (both inclusive, second granularity, UTC).</summary>
    public Task<OaiPage> ListIdentifiersAsync(RegionalSystem system, KohaOaiOptions settings, DateTimeOffset from, DateTimeOffset until, CancellationToken ct) =>
        GetAsync(system, settings, $"verb=ListIdentifiers&metadataPrefix={Uri.EscapeDataString(settings.MetadataPrefix)}&from={Format(from)}&until={Format(until)}", ct);

    /// <summary>The next page of a list.</summary>
    public Task<OaiPage> ResumeAsync(RegionalSystem system, KohaOaiOptions settings, string token, CancellationToken ct) =>
        GetAsync(system, settings, $"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token)}", ct);

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private async Task<OaiPage> GetAsync(RegionalSystem system, KohaOaiOptions settings, string query, CancellationToken ct)
    {
        var client = httpClients.CreateClient(KohaApiClient.HttpClientName);
        using var response = await client.GetAsync(new Uri(settings.BaseUrl ?? system.BaseUrl, "cgi-bin/koha/oai.pl?" + query), ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await KohaApiClient.ErrorFromAsync(response, $"{system.Id} answered OAI-PMH ListIdentifiers", ct);
        }

        XDocument document;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            document = await XDocument.LoadAsync(body, LoadOptions.None, ct);
        }
        catch (XmlException e)
        {
            throw new KohaApiException($"{system.Id} answered OAI-PMH ListIdentifiers with XML that could not be read: {e.Message}", null, e);
        }

        return Read(system, document);
    }

    private static OaiPage Read(RegionalSystem system, XDocument document)
    {
        var root = document.Root;
        if (root is null || root.Name != Oai + "OAI-PMH")
        {
            throw new KohaApiException($"{system.Id} answered OAI-PMH ListIdentifiers with something that is not an OAI-PMH response.");
        }

        if (root.Element(Oai + "error") is { } error)
        {
            var code = (string?)error.Attribute("code");
            return code == "noRecordsMatch"
                ? new OaiPage([], null)
                : throw new KohaApiException($"{system.Id} answered OAI-PMH ListIdentifiers with error {code}: {error.Value}");
        }

        var list = root.Element(Oai + "ListIdentifiers")
            ?? throw new KohaApiException($"{system.Id} answered OAI-PMH without a ListIdentifiers element.");
        var headers = new List<OaiHeader>();
        foreach (var header in list.Elements(Oai + "header"))
        {
            var identifier = (string?)header.Element(Oai + "identifier") ?? "";
            var id = identifier[(identifier.LastIndexOf(':') + 1)..];
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var biblioId)
                && DateTimeOffset.TryParse((string?)header.Element(Oai + "datestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var datestamp))
            {
                headers.Add(new OaiHeader(biblioId, datestamp.ToUniversalTime(), (string?)header.Attribute("status") == "deleted"));
            }
        }

        return new OaiPage(headers, (string?)list.Element(Oai + "resumptionToken"));
    }
}
