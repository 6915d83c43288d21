using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gateway.Testing;

/// <summary>
/// A real child process for cross-process tests (an adapter and a catalogue talking over the real
/// RabbitMQ, a simulator on its own port, ...). Output is kept in a ring buffer so failures can show
/// what the process said; disposing kills the whole process tree.
/// </summary>
/// <example>
/// <code>
/// var url = FreePort.NextHttpUrl();
/// await using var koha = ProcessHost.StartDotnet("Gateway.Simulators.Koha",
///     new Dictionary&lt;string, string&gt; { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
///     "--urls", url.ToString());
/// await koha.WaitForHttpAsync(new Uri(url, "/_sim/stats"), TimeSpan.FromSeconds(30));
/// </code>
/// </example>
public sealed class ProcessHost : IAsyncDisposable
{
    /// <summary>Lines of output kept (stdout and stderr interleaved).</summary>
    public const int OutputCapacity = 2000;

    private static readonly ConcurrentDictionary<ProcessHost, byte> Live = new();
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly Lock _outputLock = new();
    private int _disposed;

    static ProcessHost()
    {
        // Safety net: a test run that ends without disposing a host must not leave it running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var host in Live.Keys)
            {
                host.KillTree();
            }
        };
    }

    private ProcessHost(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    /// <summary>Short name used in messages (the project or program name).</summary>
    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, or null while the process runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Everything kept in the ring buffer (the last <see cref="OutputCapacity"/> lines).</summary>
    public string Output => OutputTail(OutputCapacity);

    /// <summary>
    /// Starts <c>dotnet &lt;dll&gt; args...</c> for a built project of this repository.
    /// </summary>
    /// <param name="projectDllOrProjectName">A path to a .dll, or a project name such as
    /// <c>Gateway.Api</c> (looked up with <see cref="FindBuiltDll"/>).</param>
    /// <param name="environment">Variables to set (or, with a null value, remove) for the child.</param>
    /// <param name="args">Command-line arguments after the dll.</param>
    public static ProcessHost StartDotnet(
        string projectDllOrProjectName,
        IDictionary<string, string>? environment = null,
        params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectDllOrProjectName);
        ArgumentNullException.ThrowIfNull(args);
        var dll = projectDllOrProjectName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(projectDllOrProjectName)
            ? Path.GetFullPath(projectDllOrProjectName)
            : FindBuiltDll(projectDllOrProjectName);
        return Start(
            DotnetHostPath(),
            [dll, .. args],
            environment,
            workingDirectory: Path.GetDirectoryName(dll),
            name: Path.GetFileNameWithoutExtension(dll));
    }

    /// <summary>Starts any program (no shell involved) with output captured.</summary>
    public static ProcessHost Start(
        string fileName,
        IEnumerable<string> args,
        IDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(args);
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(key);
                }
                else
                {
                    startInfo.Environment[key] = value;
                }
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var host = new ProcessHost(process, name ?? Path.GetFileNameWithoutExtension(fileName));
        process.OutputDataReceived += (_, e) => host.Append(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data, isError: true);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {fileName}.");
        }

        Live[host] = 0;
        process.StandardInput.Close(); // children never wait on the test's stdin
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>
    /// The built dll of a project in this repository: <c>{src|tests|.}/{name}/bin/{Release|Debug}/net*/{name}.dll</c>,
    /// the most recently built one when both configurations exist.
    /// </summary>
    /// <param name="projectName">Project name, e.g. <c>Gateway.Api</c>.</param>
    /// <param name="root">Repository root (default <see cref="RepositoryPaths.Root"/>).</param>
    public static string FindBuiltDll(string projectName, string? root = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectName);
        root ??= RepositoryPaths.Root;
        var name = Path.GetFileName(projectName.TrimEnd('/', '\\'));
        var projectDirs = new[]
        {
            Path.Combine(root, "src", name),
            Path.Combine(root, "tests", name),
            Path.Combine(root, projectName),
        };
        var candidates = new List<FileInfo>();
        foreach (var projectDir in projectDirs.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var bin = Path.Combine(projectDir, "bin", configuration);
                if (!Directory.Exists(bin))
                {
                    continue;
                }

                candidates.AddRange(Directory.EnumerateDirectories(bin, "net*")
                    .Select(tfm => new FileInfo(Path.Combine(tfm, name + ".dll")))
                    .Where(f => f.Exists));
            }
        }

        return candidates.OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()?.FullName
            ?? throw new FileNotFoundException(
                $"No built {name}.dll under src/{name}, tests/{name} or {projectName} in {root} " +
                "(looked in bin/Release and bin/Debug): build first, e.g. dotnet build Gateway.sln -c Release.");
    }

    /// <summary>The last <paramref name="lines"/> lines of output.</summary>
    public string OutputTail(int lines = 80)
    {
        lock (_outputLock)
        {
            return string.Join(Environment.NewLine, _output.Skip(Math.Max(0, _output.Count - lines)));
        }
    }

    /// <summary>True when a kept line of output contains <paramref name="text"/>.</summary>
    public bool OutputContains(string text)
    {
        lock (_outputLock)
        {
            return _output.Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Name, pid, state and the output tail: for assertion messages.</summary>
    public string Describe(int lines = 80)
    {
        var state = HasExited
            ? string.Create(CultureInfo.InvariantCulture, $"exited with code {_process.ExitCode}")
            : "running";
        return string.Create(CultureInfo.InvariantCulture, $"{Name} (pid {Id}) {state}; last output:{Environment.NewLine}{OutputTail(lines)}");
    }

    /// <summary>
    /// Polls <paramref name="url"/> until it answers 200; fails early, with the output, when the process exits.
    /// </summary>
    public async Task WaitForHttpAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var stopwatch = Stopwatch.StartNew();
        string last = "no answer yet";
        while (true)
        {
            if (HasExited)
            {
                // Let the output readers drain the last lines before reporting.
                await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException($"{Name} exited before {url} answered 200. {Describe()}");
            }

            try
            {
                using var response = await Http.GetAsync(url, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    return;
                }

                last = string.Create(CultureInfo.InvariantCulture, $"last answer {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = "last error: " + ex.Message;
            }

            if (stopwatch.Elapsed >= timeout)
            {
                throw new TimeoutException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{url} did not answer 200 within {timeout.TotalSeconds:0.#} s ({last}). {Describe()}"));
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="WaitForHttpAsync(Uri, TimeSpan, CancellationToken)"/>
    public Task WaitForHttpAsync(string url, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForHttpAsync(new Uri(url), timeout, cancellationToken);

    /// <summary>Waits until a line containing <paramref name="text"/> has been printed.</summary>
    public Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Eventually.AssertAsync(
            () =>
            {
                if (OutputContains(text))
                {
                    return true;
                }

                if (HasExited)
                {
                    throw new InvalidOperationException($"{Name} exited before printing \"{text}\".");
                }

                return false;
            },
            timeout,
            $"{Name} to print \"{text}\". {Describe(40)}",
            cancellationToken: cancellationToken);

    /// <summary>Waits for the process to exit by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture, $"{Name} did not exit within {timeout.TotalSeconds:0.#} s. {Describe()}"));
        }

        return _process.ExitCode;
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM, which ASP.NET Core hosts treat as a graceful shutdown), then
    /// kills the tree when it has not exited after <paramref name="grace"/>. Returns the exit code.
    /// </summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        if (!HasExited && !OperatingSystem.IsWindows())
        {
            using var kill = Process.Start(new ProcessStartInfo("kill")
            {
                ArgumentList = { "-TERM", Id.ToString(CultureInfo.InvariantCulture) },
                UseShellExecute = false,
            });
            if (kill is not null)
            {
                await kill.WaitForExitAsync().ConfigureAwait(false);
            }

            try
            {
                return await WaitForExitAsync(grace).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // fall through to the kill below
            }
        }

        KillTree();
        await _process.WaitForExitAsync().ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>Kills the process and every process it started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        KillTree();
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Reported below by leaving the process in Live; nothing more can be done.
            }
        }

        Live.TryRemove(this, out _);
        _process.Dispose();
    }

    private void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // exiting while we killed it
        }
    }

    private void Append(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.Enqueue(isError ? "[err] " + line : line);
            while (_output.Count > OutputCapacity)
            {
                _output.Dequeue();
            }
        }
    }

    private static string DotnetHostPath()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root))
        {
            var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "dotnet";
    }
}
