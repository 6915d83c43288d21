using System.CommandLine;
using Gateway.Marc.Cli.Lint;
using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Commands;

/// <summary><c>lint FILE</c>: every problem, one per line, then a summary; the exit code says whether there were any.</summary>
internal static class LintCommand
{
    /// <summary>One line, shown in the tool's command list and atop the command's help.</summary>
    public const string Summary = "List every problem (record, offset, tag, message); exit 1 when there are any.";

    /// <summary>The "Details" section of the command's help.</summary>
    public const string Details = """
        Check every record and list each problem on standard output, one per line:
          LEVEL   record N, offset O, tag T: message
        (offset is the byte where the record starts, binary input only; tag when the problem is in one field),
        then a summary line. Levels:
          error    the reader had to repair or drop data: bad record length or directory, missing terminator,
                   invalid UTF-8, truncated file, malformed MARCXML.
          warning  the record reads but its content is wrong: an invalid ISBN in 020 $a (check digit, length,
                   prefix), no 245 title field (bibliographic records only).
          info     worth knowing, not wrong: a MARC-8 record (leader/09 blank). Listed only with --info.
        Content warnings end with the record's 001, to find it in the source system.
        Exit code: 0 no error or warning, 1 errors or warnings found, 2 usage error or unreadable input.
        """;

    public static Command Create(CliConsole console, TextWriter output)
    {
        var file = CommonSymbols.File();
        var from = CommonSymbols.From();
        var info = new Option<bool>("--info") { Description = "Also list info findings (MARC-8 records)." };
        var noProgress = CommonSymbols.NoProgress();

        var command = new Command("lint", Summary) { file, from, info, noProgress };
        command.SetAction(parsed => Run(
            console,
            output,
            parsed.GetRequiredValue(file),
            parsed.GetValue(from),
            parsed.GetValue(info),
            parsed.GetValue(noProgress)));
        return command;
    }

    private static int Run(CliConsole console, TextWriter output, string file, string? from, bool showInfo, bool noProgress)
    {
        if (!CommandIo.TryOpen(console, file, from, out var input))
        {
            return ExitCodes.Usage;
        }

        using (input)
        {
            var progress = CommandIo.Progress(console, noProgress);
            var pump = new RecordPump(input, progress);
            var tally = new LintTally();
            void Emit(LintFinding finding)
            {
                tally.Add(finding);
                if (finding.Severity != Severity.Info || showInfo)
                {
                    progress.WriteLine(output, finding.ToLine());
                }
            }

            Action<LintFinding> emit = Emit;
            try
            {
                pump.Run(
                    lenient: true,
                    problem => Emit(LintFinding.FromReader(problem)),
                    (number, record) =>
                    {
                        foreach (var finding in RecordChecks.Check(record, number))
                        {
                            Emit(finding);
                        }
                    },
                    view => RecordChecks.Check(view, emit));
            }
            catch (IOException ex)
            {
                return CommandIo.Failed(console, input, ex);
            }

            output.WriteLine(tally.Summary(pump.Records, pump.RecordsSkipped));
            return tally.Errors + tally.Warnings > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        }
    }
}
