namespace Gateway.Testing;

/// <summary>Folders of the repository the tests run from, and of the <c>shared/</c> folder beside it.</summary>
public static class RepositoryPaths
{
    public const string SolutionFileName = "Gateway.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries holding Gateway.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>Root/../shared</c> (vendor specs and fixtures), or null when it is not there.</summary>
    public static string? SharedFolder
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>Full path of a file or folder under the repository root.</summary>
    public static string InRoot(string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(relative);
        return Path.GetFullPath(Path.Combine(Root, relative));
    }

    /// <summary>
    /// Full path of a file or folder under <c>../shared</c>; skips the test when it is absent (a clone
    /// without the shared folder cannot run conformance tests against the vendors' material).
    /// </summary>
    public static string RequireShared(string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(relative);
        var shared = SharedFolder;
        if (shared is not null)
        {
            var path = Path.GetFullPath(Path.Combine(shared, relative));
            if (File.Exists(path) || Directory.Exists(path))
            {
                return path;
            }
        }

        Assert.Skip($"../shared/{relative.Replace('\\', '/')} not present: conformance test skipped");
        return string.Empty; // not reached: Assert.Skip throws
    }

    internal static string? FindRootFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string FindRoot() =>
        FindRootFrom(AppContext.BaseDirectory)
        ?? FindRootFrom(Directory.GetCurrentDirectory())
        ?? throw new InvalidOperationException(
            $"No {SolutionFileName} found above {AppContext.BaseDirectory}: tests must run from a build inside the repository.");
}
