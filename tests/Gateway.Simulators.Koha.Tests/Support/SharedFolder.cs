namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>Finds the shared/ folder beside the repository (the folder holding Gateway.sln).</summary>
public static class SharedFolder
{
    public static string? KohaSwagger()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var swagger = Path.Combine(dir.FullName, "..", "shared", "vendor-specs", "koha", "api", "v1", "swagger");
                return Directory.Exists(swagger) ? Path.GetFullPath(swagger) : null;
            }
        }

        return null;
    }
}
