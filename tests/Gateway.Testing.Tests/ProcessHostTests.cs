using System.Globalization;
using System.Net;

namespace Gateway.Testing.Tests;

public sealed class ProcessHostTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ProcessHost Shell(string script) => ProcessHost.Start("/bin/sh", ["-c", script], name: "sh");

    [Fact]
    public async Task Captures_stdout_and_stderr()
    {
        await using var host = Shell("echo hello-out; echo hello-err >&2; sleep 30");

        await host.WaitForOutputAsync("hello-out", Timeout, Ct);
        await host.WaitForOutputAsync("[err] hello-err", Timeout, Ct);
        Assert.False(host.HasExited);
        Assert.Null(host.ExitCode);
        Assert.Contains("hello-out", host.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_environment_variables_to_the_child()
    {
        await using var host = ProcessHost.Start(
            "/bin/sh",
            ["-c", "echo value=$GW_PROCESS_HOST_TEST"],
            new Dictionary<string, string> { ["GW_PROCESS_HOST_TEST"] = "42" });

        Assert.Equal(0, await host.WaitForExitAsync(Timeout, Ct));
        await host.WaitForOutputAsync("value=42", Timeout, Ct);
    }

    [Fact]
    public async Task Keeps_only_the_last_lines_of_output()
    {
        await using var host = Shell($"i=0; while [ $i -lt {ProcessHost.OutputCapacity + 500} ]; do echo line-$i; i=$((i+1)); done");

        Assert.Equal(0, await host.WaitForExitAsync(Timeout, Ct));
        await host.WaitForOutputAsync($"line-{ProcessHost.OutputCapacity + 499}", Timeout, Ct);
        Assert.False(host.OutputContains("line-0\n"));
        Assert.Equal(ProcessHost.OutputCapacity, host.Output.Split(Environment.NewLine).Length);
        Assert.StartsWith("line-500", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_kills_the_whole_process_tree()
    {
        var host = Shell("sleep 300 & echo child=$!; wait");
        await host.WaitForOutputAsync("child=", Timeout, Ct);
        var line = host.Output.Split(Environment.NewLine).First(l => l.StartsWith("child=", StringComparison.Ordinal));
        var child = int.Parse(line["child=".Length..], CultureInfo.InvariantCulture);
        var parent = host.Id;
        Assert.True(IsRunning(child), $"child {child} should run before dispose");

        await host.DisposeAsync();

        await Eventually.AssertAsync(() => !IsRunning(child) && !IsRunning(parent), Timeout, $"processes {parent} and {child} to be gone", cancellationToken: Ct);
    }

    [Fact]
    public async Task WaitForHttpAsync_returns_once_the_url_answers_200()
    {
        var url = FreePort.NextHttpUrl();
        using var listener = new HttpListener();
        listener.Prefixes.Add(url.ToString());
        listener.Start();
        var requests = 0;
        var server = Task.Run(async () =>
        {
            while (true)
            {
                var context = await listener.GetContextAsync();
                context.Response.StatusCode = ++requests < 3 ? 503 : 200;
                context.Response.Close();
                if (requests >= 3)
                {
                    return;
                }
            }
        }, Ct);
        await using var host = Shell("sleep 60");

        await host.WaitForHttpAsync(new Uri(url, "/_sim/stats"), Timeout, Ct);

        await server.WaitAsync(Timeout, Ct);
        Assert.Equal(3, requests);
    }

    [Fact]
    public async Task WaitForHttpAsync_fails_fast_with_the_output_when_the_process_exits()
    {
        await using var host = Shell("echo boom >&2; exit 3");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.WaitForHttpAsync(FreePort.NextHttpUrl(), TimeSpan.FromSeconds(60), Ct));

        Assert.Contains("exited with code 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("boom", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForHttpAsync_times_out_with_the_last_answer()
    {
        await using var host = Shell("echo still-starting; sleep 60");

        var ex = await Assert.ThrowsAsync<TimeoutException>(() =>
            host.WaitForHttpAsync(FreePort.NextHttpUrl(), TimeSpan.FromMilliseconds(500), Ct));

        Assert.Contains("did not answer 200", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_asks_politely_first()
    {
        await using var host = Shell("trap 'echo got-term; exit 7' TERM; echo ready; while true; do sleep 0.1; done");
        await host.WaitForOutputAsync("ready", Timeout, Ct);

        var code = await host.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(7, code);
        await host.WaitForOutputAsync("got-term", Timeout, Ct);
    }

    [Fact]
    public async Task StartDotnet_runs_the_dll_with_the_dotnet_host()
    {
        // Gateway.Testing.dll is a library: the host starts, refuses it and exits non-zero; that is
        // enough to prove the dll path and the dotnet host are found.
        var dll = typeof(ProcessHost).Assembly.Location;

        await using var host = ProcessHost.StartDotnet(dll, null, "--some-arg");

        Assert.NotEqual(0, await host.WaitForExitAsync(Timeout, Ct));
        Assert.Equal("Gateway.Testing", host.Name);
        Assert.NotEmpty(host.Output);
    }

    [Fact]
    public void FindBuiltDll_prefers_the_newest_configuration()
    {
        var root = Directory.CreateTempSubdirectory("gw-processhost-").FullName;
        try
        {
            var debug = Touch(root, "src/Gateway.Fake/bin/Debug/net10.0/Gateway.Fake.dll", DateTime.UtcNow.AddMinutes(-5));
            var release = Touch(root, "src/Gateway.Fake/bin/Release/net10.0/Gateway.Fake.dll", DateTime.UtcNow.AddMinutes(-10));
            Assert.Equal(debug, ProcessHost.FindBuiltDll("Gateway.Fake", root));

            File.SetLastWriteTimeUtc(release, DateTime.UtcNow);
            Assert.Equal(release, ProcessHost.FindBuiltDll("Gateway.Fake", root));

            var ex = Assert.Throws<FileNotFoundException>(() => ProcessHost.FindBuiltDll("Gateway.Missing", root));
            Assert.Contains("Gateway.Missing.dll", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Touch(string root, string relative, DateTime writeTimeUtc)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not really a dll");
        File.SetLastWriteTimeUtc(path, writeTimeUtc);
        return path;
    }

    private static bool IsRunning(int pid)
    {
        // Gone, or a zombie waiting for a parent that no longer cares, both count as stopped.
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }
}
