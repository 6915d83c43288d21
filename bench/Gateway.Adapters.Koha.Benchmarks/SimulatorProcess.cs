using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Gateway.Adapters.Koha.Benchmarks;

/// <summary>
/// The Koha simulator as its own process (its built dll under <c>dotnet</c>) on a real Kestrel port on 127.0.0.1, so
/// both measured clients talk real HTTP over loopback and the harness's allocation counter sees only its own work.
/// </summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    public const string ClientId = "gateway";
    public const string ClientSecret = "bench-secret";
    private readonly Process _process;

    private SimulatorProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>Processor time the simulator process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<SimulatorProcess> StartAsync(string dll, int records)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The simulator's dll was not found at {dll}; build src/Gateway.Simulators.Koha (Release) or pass --sim-dll.", dll);
        }

        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            dll, "--urls", baseUrl.ToString().TrimEnd('/'),
            "--environment", "Production",
            "--KohaSimulator:SystemId=koha-east",
            "--KohaSimulator:Seed=5",
            $"--KohaSimulator:RecordCount={records.ToString(CultureInfo.InvariantCulture)}",
            $"--KohaSimulator:ClientId={ClientId}",
            $"--KohaSimulator:ClientSecret={ClientSecret}",
            "--KohaSimulator:ChangeIntervalSeconds=0",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("[simulator] " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var simulator = new SimulatorProcess(process, baseUrl);
        await simulator.WaitUntilListeningAsync(TimeSpan.FromMinutes(5));
        return simulator;
    }

    /// <summary>A fresh OAuth2 client-credentials token (the simulator's <c>/api/v1/oauth/token</c>).</summary>
    public async Task<string> TokenAsync(HttpClient client)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
        });
        using var response = await client.PostAsync(new Uri(BaseUrl, "api/v1/oauth/token"), content);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var client = new HttpClient();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The simulator exited with code {_process.ExitCode} before it listened.");
            }

            try
            {
                await TokenAsync(client);
                return;
            }
            catch (HttpRequestException) when (watch.Elapsed < timeout)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
