namespace Gateway.Catalogue.Oai;

/// <summary>Record identifiers: <c>oai:{repositoryIdentifier}:{clusterId}</c>.</summary>
internal static class OaiIdentifier
{
    public static string Format(string repositoryIdentifier, string clusterId) => $"oai:{repositoryIdentifier}:{clusterId}";

    public static bool TryParse(string repositoryIdentifier, string identifier, out string clusterId)
    {
        var prefix = $"oai:{repositoryIdentifier}:";
        clusterId = identifier.StartsWith(prefix, StringComparison.Ordinal) ? identifier[prefix.Length..] : "";
        return clusterId.Length > 0;
    }
}
