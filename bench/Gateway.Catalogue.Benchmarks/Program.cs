using System.Globalization;
using Gateway.Catalogue.Benchmarks;

// Usage: Gateway.Catalogue.Benchmarks ingest [--systems 5] [--records 200000 (a system)] [--seed 8]
//                                            [--provider Sqlite|PostgreSql] [--connection "Host=…"]
if (args.Length == 0 || args[0] != "ingest")
{
    Console.Error.WriteLine("usage: ingest [--systems S] [--records N-per-system] [--seed X] [--provider Sqlite|PostgreSql] [--connection CS]");
    return 2;
}

int systems = 5, records = 200_000, seed = 8;
string provider = "Sqlite";
string? connection = null;
for (var i = 1; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--systems": systems = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--records": records = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--provider": provider = args[i + 1]; break;
        case "--connection": connection = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

return await IngestRun.RunAsync(new IngestArguments(systems, records, seed, provider, connection));
