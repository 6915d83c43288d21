using System.Diagnostics;

namespace Gateway.Catalogue.Tests;

/// <summary>Debian's <c>yaz-marcdump</c> (installed by scripts/test.sh); tests skip with the reason when it is missing.</summary>
internal static class YazMarcDump
{
    public static string Require()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "yaz-marcdump")).FirstOrDefault(File.Exists);
        if (path is null)
        {
            Assert.Skip("yaz-marcdump is not installed (apt-get install yaz): MARCXML check skipped");
        }

        return path!;
    }

    /// <summary><c>yaz-marcdump -i marcxml -o line file</c>, which fails on MARCXML it cannot read.</summary>
    public static async Task<IReadOnlyList<string>> LinesAsync(string yaz, string file)
    {
        var start = new ProcessStartInfo(yaz) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-i", "marcxml", "-o", "line", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(process.ExitCode == 0, $"yaz-marcdump exited {process.ExitCode}: {await error}");
        return [.. (await output).Split('\n')];
    }
}
