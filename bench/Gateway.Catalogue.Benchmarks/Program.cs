using System.Globalization;
using Gateway.Catalogue.Benchmarks;

// Usage: Gateway.Catalogue.Benchmarks ingest [--systems 5] [--records 200000 (a system)] [--seed 8] [--singles] [--pregenerated]
//                                            [--page-records 100] [--shared-fraction 0.5] [--keep PATH.db] [--items N (a record)] [--large-record M] [--item-runs K]
//                                            [--provider Sqlite|PostgreSql] [--connection "Host=…"]
//        Gateway.Catalogue.Benchmarks harvest --database PATH.db [--page-size 100] [--provider … --connection …]
//        Gateway.Catalogue.Benchmarks search [--records 200000 (in all)] [--systems 5] [--seed 8] [--clients 50 (or a list: 1,50)]
//                                            [--seconds 60] [--warm-up 10] [--provider Sqlite|PostgreSql] [--connection "Host=…"]
Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode} (the catalogue's hosts run server GC)");
if (args.Length > 0 && args[0] == "harvest")
{
    return await HarvestRun.RunAsync(HarvestArguments.Parse(args.AsSpan(1)));
}

if (args.Length == 0 || args[0] is not ("ingest" or "search"))
{
    Console.Error.WriteLine("usage: ingest [--systems S] [--records N-per-system] [--seed X] [--singles] [--pregenerated] [--page-records N] [--shared-fraction F] [--keep PATH] [--items N] [--large-record M] [--item-runs K] [--provider Sqlite|PostgreSql] [--connection CS]");
    Console.Error.WriteLine("       harvest --database PATH [--page-size N] [--provider Sqlite|PostgreSql] [--connection CS]");
    Console.Error.WriteLine("       search [--records N-in-all] [--systems S] [--seed X] [--clients C] [--seconds T] [--warm-up W] [--provider Sqlite|PostgreSql] [--connection CS]");
    return 2;
}

var search = args[0] == "search";
int systems = 5, records = 200_000, seed = 8, seconds = 60, warmUp = 10, items = 0, largeRecord = 0, itemRuns = 0, pageRecords = 100;
int[] clients = [50];
string provider = "Sqlite";
string? connection = null, keep = null;
var pages = true;
var pregenerated = false;
var shared = 0.5;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--singles" when !search: pages = false; continue;
        case "--pages" when !search: pages = true; continue;
        case "--pregenerated" when !search: pregenerated = true; continue;
    }

    if (i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"option {args[i]} needs a value");
        return 2;
    }

    var value = args[++i];
    switch (args[i - 1])
    {
        case "--systems": systems = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--records": records = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--provider": provider = value; break;
        case "--connection": connection = value; break;
        case "--shared-fraction" when !search: shared = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--keep" when !search: keep = value; break;
        case "--items" when !search: items = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--large-record" when !search: largeRecord = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--page-records" when !search: pageRecords = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--item-runs" when !search: itemRuns = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--clients" when search: clients = [.. value.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))]; break;
        case "--seconds" when search: seconds = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--warm-up" when search: warmUp = int.Parse(value, CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i - 1]}"); return 2;
    }
}

return search
    ? await SearchRun.RunAsync(new SearchArguments(records, systems, seed, provider, connection, clients, seconds, warmUp))
    : await IngestRun.RunAsync(new IngestArguments(systems, records, seed, provider, connection, pages, shared, keep, pregenerated, items, largeRecord, itemRuns, pageRecords));
