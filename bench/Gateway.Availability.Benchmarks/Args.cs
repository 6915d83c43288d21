using System.Globalization;

namespace Gateway.Availability.Benchmarks;

/// <summary>Command-line options of the availability benchmark.</summary>
internal sealed record Args(int Requests, int SlowRequests, int LatencyMs, string Configuration)
{
    public static Args Parse(string[] args)
    {
        var result = new Args(200, 30, 0, "Release");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result = args[i] switch
            {
                "--requests" => result with { Requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--slow-requests" => result with { SlowRequests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--latency" => result with { LatencyMs = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--configuration" => result with { Configuration = args[i + 1] },
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
