using Xunit.Sdk;

namespace Gateway.Testing.Tests;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Root_is_the_folder_holding_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "Gateway.sln")), RepositoryPaths.Root);
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Root, "tests", "Gateway.Testing")));
    }

    [Fact]
    public void Root_is_found_from_any_folder_below_it()
    {
        var deep = Path.Combine(RepositoryPaths.Root, "tests", "Gateway.Testing.Tests", "bin");

        Assert.Equal(RepositoryPaths.Root, RepositoryPaths.FindRootFrom(deep));
        Assert.Null(RepositoryPaths.FindRootFrom(Path.GetTempPath()));
    }

    [Fact]
    public void SharedFolder_is_the_shared_folder_beside_the_root_or_null()
    {
        var expected = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared"));

        if (Directory.Exists(expected))
        {
            Assert.Equal(expected, RepositoryPaths.SharedFolder);
        }
        else
        {
            Assert.Null(RepositoryPaths.SharedFolder);
        }
    }

    [Fact]
    public void RequireShared_returns_the_full_path_of_a_present_file()
    {
        var shared = RepositoryPaths.SharedFolder;
        Assert.SkipWhen(shared is null, "../shared not present");
        var file = Directory.EnumerateFiles(shared!, "*", SearchOption.AllDirectories).FirstOrDefault();
        Assert.SkipWhen(file is null, "../shared is empty");
        var relative = Path.GetRelativePath(shared!, file!);

        Assert.Equal(file, RepositoryPaths.RequireShared(relative));
    }

    [Fact]
    public void RequireShared_skips_when_the_file_is_absent()
    {
        // Assert.Throws lets skip exceptions through on purpose (the test would be skipped), so catch by hand.
        string? message = null;
        try
        {
            RepositoryPaths.RequireShared("no/such/vendor-spec.json");
        }
        catch (SkipException ex)
        {
            message = ex.Message;
        }

        Assert.NotNull(message);
        Assert.EndsWith("../shared/no/such/vendor-spec.json not present: conformance test skipped", message, StringComparison.Ordinal);
    }
}
