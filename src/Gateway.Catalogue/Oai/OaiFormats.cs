namespace Gateway.Catalogue.Oai;

/// <summary>The metadata formats the provider disseminates: <c>marc21</c> (MARCXML) and <c>oai_dc</c>.</summary>
internal static class OaiFormats
{
    public const string Marc21 = "marc21";
    public const string OaiDc = "oai_dc";

    public const string OaiNamespace = "http://www.openarchives.org/OAI/2.0/";
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    public const string MarcNamespace = "http://www.loc.gov/MARC21/slim";
    public const string OaiIdentifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Prefix → (schema, namespace).</summary>
    public static readonly IReadOnlyDictionary<string, (string Schema, string Namespace)> All =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Marc21] = ("http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MarcNamespace),
            [OaiDc] = ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OaiDcNamespace),
        };
}
