using System.CommandLine;
using Gateway.Marc.Cli.Reading;
using Gateway.Marc.Cli.Stats;

namespace Gateway.Marc.Cli.Commands;

/// <summary><c>stats FILE</c>: counts of records, problems, encodings, record types, identifiers and tags.</summary>
internal static class StatsCommand
{
    /// <summary>One line, shown in the tool's command list and atop the command's help.</summary>
    public const string Summary = "Count records, problems, encodings, record types, identifiers and tags.";

    /// <summary>The "Details" section of the command's help.</summary>
    public const string Details = """
        Read every record and report: records (read, skipped, with problems), problems, encodings (leader/09:
        'a' UTF-8, blank MARC-8), record types (leader/06), identifiers (records with an ISBN in 020 $a, valid
        ISBN-13s, invalid ISBNs, ISSNs, OCLC numbers), tag frequencies, bytes, elapsed time and records/s.
        Exit code: 0 once the file is read (problems are counted, not failed on: use lint for that),
        2 usage error or unreadable input.
        """;

    private const int DefaultTop = 20;

    public static Command Create(CliConsole console, TextWriter output)
    {
        var file = CommonSymbols.File();
        var from = CommonSymbols.From();
        var json = new Option<bool>("--json") { Description = "Machine-readable JSON instead of text." };
        var top = new Option<int>("--top")
        {
            Description = "How many of the most frequent tags to list.",
            DefaultValueFactory = _ => DefaultTop,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--top must be at least 1.");
            }
        });
        var all = new Option<bool>("--all") { Description = "List every tag (overrides --top)." };
        var noProgress = CommonSymbols.NoProgress();

        var command = new Command("stats", Summary) { file, from, json, top, all, noProgress };
        command.SetAction(parsed => Run(
            console,
            output,
            parsed.GetRequiredValue(file),
            parsed.GetValue(from),
            parsed.GetValue(json),
            parsed.GetValue(all) ? null : parsed.GetValue(top),
            parsed.GetValue(noProgress)));
        return command;
    }

    private static int Run(CliConsole console, TextWriter output, string file, string? from, bool json, int? top, bool noProgress)
    {
        if (!CommandIo.TryOpen(console, file, from, out var input))
        {
            return ExitCodes.Usage;
        }

        using (input)
        {
            var started = console.Clock.GetTimestamp();
            var pump = new RecordPump(input, CommandIo.Progress(console, noProgress));
            var stats = new StatsCollector();
            try
            {
                pump.Run(lenient: true, stats.AddProblem, (_, record) => stats.AddRecord(record), stats.AddRecord);
            }
            catch (IOException ex)
            {
                return CommandIo.Failed(console, input, ex);
            }

            var run = new StatsRun(input.Name, input.Format, input.BytesRead, console.Clock.GetElapsedTime(started), pump.RecordsSkipped, top);
            if (json)
            {
                StatsJsonWriter.Write(output, stats, run);
            }
            else
            {
                StatsTextWriter.Write(output, stats, run);
            }

            return ExitCodes.Ok;
        }
    }
}
