using System.Diagnostics;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The npm package <c>oai-pmh</c> (paperhive's OAI-PMH harvester and its CLI), pinned, installed once into a temp folder
/// with npm. Tests that use it skip with the reason when node or npm is missing or the install fails.
/// </summary>
internal static class NpmHarvester
{
    public const string Version = "2.0.3";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static string Folder => Path.Combine(Path.GetTempPath(), $"gateway-oai-harvester-{Version}");

    /// <summary>The CLI's entry script, installing the package first when needed.</summary>
    public static async Task<string> RequireAsync()
    {
        var cli = Path.Combine(Folder, "node_modules", "oai-pmh", "bin", "oai-pmh");
        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(cli))
            {
                Directory.CreateDirectory(Folder);
                var (code, _, error) = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--prefix", Folder, $"oai-pmh@{Version}"], TimeSpan.FromMinutes(4));
                if (code != 0 || !File.Exists(cli))
                {
                    Assert.Skip($"npm could not install oai-pmh@{Version} (exit {code}): {Last(error)}: harvester test skipped");
                }
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Skip($"npm is not installed ({e.Message}): harvester test skipped");
        }
        finally
        {
            Gate.Release();
        }

        return cli;
    }

    /// <summary>Runs <c>node oai-pmh {arguments}</c>: one JSON object per line on stdout.</summary>
    public static async Task<IReadOnlyList<string>> RunCliAsync(string cli, params string[] arguments)
    {
        var (code, output, error) = await RunAsync("node", [cli, .. arguments], TimeSpan.FromMinutes(2));
        Assert.True(code == 0, $"oai-pmh {string.Join(' ', arguments)} exited {code}: {error}");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string Last(string text) => text.Length > 400 ? text[^400..] : text;
}
