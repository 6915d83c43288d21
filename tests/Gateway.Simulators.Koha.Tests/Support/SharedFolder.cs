namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>Finds the shared/ folder beside the repository (the folder holding Gateway.sln).</summary>
public static class SharedFolder
{
    public static string? KohaSwagger() => Find("vendor-specs", "koha", "api", "v1", "swagger");

    /// <summary>shared/vendor-specs/standards/schemas (OAI-PMH.xsd, MARC21slim.xsd, oai_dc.xsd...), or null.</summary>
    public static string? StandardSchemas() => Find("vendor-specs", "standards", "schemas");

    private static string? Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var folder = Path.Combine([dir.FullName, "..", "shared", .. parts]);
                return Directory.Exists(folder) ? Path.GetFullPath(folder) : null;
            }
        }

        return null;
    }
}
