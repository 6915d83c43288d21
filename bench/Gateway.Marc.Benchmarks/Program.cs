using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Gateway.Marc;
using Gateway.Marc.Benchmarks;

// Usage:
//   make-file PATH [--records N] [--marc8-percent P]     write N (default 120,000) deterministic records
//   run PATH [--repeats R] [--no-yaz]                    measure this library and yaz-marcdump on the same file
//   bdn [BenchmarkDotNet arguments]                     micro view (in-memory records), BenchmarkDotNet
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "make-file" when args.Length >= 2:
    {
        var records = IntOption(args, "--records", 120_000);
        var marc8 = IntOption(args, "--marc8-percent", 0);
        var watch = Stopwatch.StartNew();
        var bytes = RecordFileGenerator.Write(args[1], records, marc8);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {records:N0} records ({marc8}% MARC-8), {bytes / 1e6:F1} MB, {bytes / (double)records:F0} bytes/record, to {args[1]} in {watch.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    case "run" when args.Length >= 2:
        return Harness.Run(args[1], IntOption(args, "--repeats", 3), !args.Contains("--no-yaz"));

    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(Harness).Assembly).Run(args[1..]);
        return 0;

    default:
        Console.Error.WriteLine("usage: make-file PATH [--records N] [--marc8-percent P] | run PATH [--repeats R] [--no-yaz] | bdn [args]");
        return 2;
}

static int IntOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
