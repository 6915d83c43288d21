namespace Gateway.Marc.Tests;

/// <summary>Locates the shared vendor fixtures (<c>../shared/vendor-fixtures/marc</c> next to the repository root), which are not part of the repository.</summary>
internal static class VendorFixtures
{
    private static readonly Lazy<string?> MarcFolder = new(Locate);

    /// <summary>The <c>marc</c> fixture folder, or null when it is absent.</summary>
    public static string? Marc => MarcFolder.Value;

    /// <summary>The <c>marc</c> fixture folder; skips the running test when it is absent.</summary>
    public static string RequireMarc()
    {
        if (Marc is { } marc)
        {
            return marc;
        }

        Assert.Skip("Vendor fixtures not found: no shared/vendor-fixtures/marc next to the repository root (the folder holding Gateway.sln). Conformance tests skipped.");
        return string.Empty;
    }

    private static string? Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                var marc = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "vendor-fixtures", "marc"));
                return Directory.Exists(marc) ? marc : null;
            }
        }

        return null;
    }
}
