using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Gateway.Testing;

namespace Gateway.Catalogue.Tests;

/// <summary>Reading and validating OAI-PMH responses (the schemas come from ../shared; tests skip without them).</summary>
internal static class OaiXml
{
    public static readonly XNamespace OaiNs = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace MarcNs = "http://www.loc.gov/MARC21/slim";
    public static readonly XNamespace DcNs = "http://purl.org/dc/elements/1.1/";

    private static readonly Lazy<XmlSchemaSet> LazySchemas = new(LoadSchemas);

    /// <summary>Validates against OAI-PMH.xsd with MARC21 slim, oai_dc and oai-identifier for the content; fails with every problem.</summary>
    public static void AssertValid(XDocument document)
    {
        var folder = RepositoryPaths.RequireShared("vendor-specs/standards/schemas");
        Assert.True(Directory.Exists(folder));
        var problems = new List<string>();
        document.Validate(LazySchemas.Value, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public static IReadOnlyList<string> ErrorCodes(XDocument document) =>
        [.. document.Root!.Elements(OaiNs + "error").Select(e => (string)e.Attribute("code")!)];

    public static XElement Verb(XDocument document, string verb) =>
        document.Root!.Element(OaiNs + verb) ?? throw new Xunit.Sdk.XunitException($"No {verb} element in {document}");

    public static string? Token(XDocument document, string verb) =>
        Verb(document, verb).Element(OaiNs + "resumptionToken") is { } token && token.Value.Length > 0 ? token.Value : null;

    public static IEnumerable<XElement> Headers(XDocument document, string verb) =>
        verb == "ListIdentifiers" ? Verb(document, verb).Elements(OaiNs + "header") : Verb(document, verb).Elements(OaiNs + "record").Select(r => r.Element(OaiNs + "header")!);

    public static string ClusterId(XElement header) => ((string)header.Element(OaiNs + "identifier")!).Split(':')[^1];

    public static IEnumerable<string> Subfields(XElement marcRecord, string tag, char code) =>
        marcRecord.Elements(MarcNs + "datafield").Where(f => (string?)f.Attribute("tag") == tag)
            .SelectMany(f => f.Elements(MarcNs + "subfield").Where(s => (string?)s.Attribute("code") == code.ToString()).Select(s => s.Value));

    private static XmlSchemaSet LoadSchemas()
    {
        var folder = RepositoryPaths.RequireShared("vendor-specs/standards/schemas");
        var set = new XmlSchemaSet { XmlResolver = new LocalOnlyResolver(folder) };
        foreach (var file in new[] { "OAI-PMH.xsd", "MARC21slim.xsd", "oai_dc.xsd", "oai-identifier.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Resolves imports to the schema folder only; the W3C xml.xsd import is served from .NET's built-in knowledge.</summary>
    private sealed class LocalOnlyResolver(string folder) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var local = Path.Combine(folder, Path.GetFileName(absoluteUri.LocalPath));
            if (absoluteUri.Host.Length > 0 && Path.GetFileName(absoluteUri.LocalPath) == "xml.xsd")
            {
                return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(XmlNamespaceSchema));
            }

            return File.OpenRead(local);
        }

        private const string XmlNamespaceSchema =
            "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='http://www.w3.org/XML/1998/namespace'>"
            + "<xs:attribute name='lang' type='xs:language'/></xs:schema>";
    }
}
