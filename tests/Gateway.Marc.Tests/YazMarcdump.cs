using System.Diagnostics;

namespace Gateway.Marc.Tests;

/// <summary>Runs Debian's <c>yaz-marcdump</c> (package yaz), the independent tool the MARC reader is checked against.</summary>
internal static class YazMarcdump
{
    private static readonly Lazy<string?> Executable = new(() => Find("yaz-marcdump"));

    /// <summary>Whether missing services (here: yaz) fail tests rather than skip them (set by scripts/test.sh and CI).</summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable("GATEWAY_TEST_REQUIRE_SERVICES") is "1" or "true";

    /// <summary>The full path of yaz-marcdump; skips the test when it is not on PATH, or fails it when services are required.</summary>
    public static string Require()
    {
        if (Executable.Value is { } path)
        {
            return path;
        }

        const string Message = "yaz-marcdump not found on PATH (Debian package yaz; scripts/test.sh installs it).";
        Assert.False(Required, $"GATEWAY_TEST_REQUIRE_SERVICES=1 but {Message}");
        Assert.Skip($"{Message} yaz cross-check skipped.");
        return string.Empty;
    }

    /// <summary>Finds an executable on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool with the arguments (and standard input) and returns its standard output as bytes; standard error is dropped.</summary>
    public static byte[] Run(string executable, IEnumerable<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            process.StandardInput.BaseStream.Write(input ?? []);
            process.StandardInput.Close();
        });
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        writer.GetAwaiter().GetResult();
        _ = error.GetAwaiter().GetResult();
        process.WaitForExit();
        return output.ToArray();
    }

    /// <summary>The file converted to MARCXML by yaz-marcdump: MARC-8 records converted to UTF-8 when <paramref name="marc8"/>.</summary>
    public static byte[] ToMarcXml(string file, bool marc8) =>
        Run(Require(), marc8 ? ["-f", "marc8", "-t", "utf8", "-o", "marcxml", file] : ["-o", "marcxml", file]);
}
