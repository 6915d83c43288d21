namespace Gateway.Marc;

/// <summary>Names of the MARC 21 XML (MARCXML, "slim") schema.</summary>
public static class MarcXml
{
    /// <summary>The MARCXML namespace, <c>http://www.loc.gov/MARC21/slim</c>.</summary>
    public const string Namespace = "http://www.loc.gov/MARC21/slim";
}
