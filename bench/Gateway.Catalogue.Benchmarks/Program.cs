using System.Globalization;
using Gateway.Catalogue.Benchmarks;

// Usage: Gateway.Catalogue.Benchmarks ingest [--systems 5] [--records 200000 (a system)] [--seed 8]
//                                            [--provider Sqlite|PostgreSql] [--connection "Host=…"]
//        Gateway.Catalogue.Benchmarks search [--records 200000 (in all)] [--systems 5] [--seed 8] [--clients 50 (or a list: 1,50)]
//                                            [--seconds 60] [--warm-up 10] [--provider Sqlite|PostgreSql] [--connection "Host=…"]
if (args.Length == 0 || args[0] is not ("ingest" or "search"))
{
    Console.Error.WriteLine("usage: ingest [--systems S] [--records N-per-system] [--seed X] [--provider Sqlite|PostgreSql] [--connection CS]");
    Console.Error.WriteLine("       search [--records N-in-all] [--systems S] [--seed X] [--clients C] [--seconds T] [--warm-up W] [--provider Sqlite|PostgreSql] [--connection CS]");
    return 2;
}

var search = args[0] == "search";
int systems = 5, records = 200_000, seed = 8, seconds = 60, warmUp = 10;
int[] clients = [50];
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
        case "--clients" when search: clients = [.. args[i + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))]; break;
        case "--seconds" when search: seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--warm-up" when search: warmUp = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

return search
    ? await SearchRun.RunAsync(new SearchArguments(records, systems, seed, provider, connection, clients, seconds, warmUp))
    : await IngestRun.RunAsync(new IngestArguments(systems, records, seed, provider, connection));
