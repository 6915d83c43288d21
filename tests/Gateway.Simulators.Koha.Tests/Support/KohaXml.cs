using System.Xml.Linq;

namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>Namespaces and small helpers for the CGI (XML) endpoints.</summary>
public static class KohaXml
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Dlf = "http://diglib.org/ilsdi/1.1";
    public static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static async Task<XDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The OAI error code of a response, or null.</summary>
    public static string? OaiError(XDocument document) => document.Root?.Element(Oai + "error")?.Attribute("code")?.Value;
}
