using System.Globalization;

namespace Gateway.Availability.Benchmarks;

/// <summary>Command-line options of the availability benchmark.</summary>
/// <param name="Requests">Healthy page requests measured.</param>
/// <param name="SlowRequests">Page requests measured with one system slowed to 10 s.</param>
/// <param name="LatencyMs">Latency added to every simulator.</param>
/// <param name="Configuration">The build configuration whose outputs are started.</param>
/// <param name="Stages">Iterations of the stage breakdown (0: none).</param>
/// <param name="InProcess">False to make the gateway ask its own adapters over loopback HTTP (<c>Availability:InProcessAdapters=false</c>).</param>
/// <param name="Compare">Also start a second gateway that asks over loopback HTTP and measure both, request by request.</param>
/// <param name="ClusterIds">Ask for consolidated records (<c>c…</c>: the clusters of the page's source records, each fanning out to every member) instead of source records.</param>
internal sealed record Args(int Requests, int SlowRequests, int LatencyMs, string Configuration, int Stages, bool InProcess, bool Compare, bool ClusterIds)
{
    public static Args Parse(string[] args)
    {
        var result = new Args(200, 30, 0, "Release", 50, true, false, false);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result = args[i] switch
            {
                "--requests" => result with { Requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--slow-requests" => result with { SlowRequests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--latency" => result with { LatencyMs = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--configuration" => result with { Configuration = args[i + 1] },
                "--stages" => result with { Stages = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--ids" => args[i + 1] switch
                {
                    "source" => result with { ClusterIds = false },
                    "cluster" => result with { ClusterIds = true },
                    _ => throw new ArgumentException("--ids is source or cluster"),
                },
                "--adapter-path" => args[i + 1] switch
                {
                    "in-process" => result with { InProcess = true, Compare = false },
                    "http" => result with { InProcess = false, Compare = false },
                    "both" => result with { InProcess = true, Compare = true },
                    _ => throw new ArgumentException("--adapter-path is in-process, http or both"),
                },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return result;
    }

    /// <summary>The folder holding Gateway.sln, above this program.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gateway.sln not found above " + AppContext.BaseDirectory);
    }
}
