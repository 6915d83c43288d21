namespace Gateway.Marc.Cli.Tests;

/// <summary>Finds <c>../shared/vendor-fixtures/marc</c> beside the repository root (the folder holding Gateway.sln); the fixtures are not in the repository.</summary>
internal static class VendorFixtures
{
    /// <summary>The folder of binary MARC samples from other libraries; skips the running test when it is absent.</summary>
    public static string RequireBinaryFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                var binary = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "vendor-fixtures", "marc", "binary"));
                if (Directory.Exists(binary))
                {
                    return binary;
                }

                break;
            }
        }

        Assert.Skip("Vendor fixtures not found: no shared/vendor-fixtures/marc/binary beside the repository root (the folder holding Gateway.sln).");
        return string.Empty;
    }
}
