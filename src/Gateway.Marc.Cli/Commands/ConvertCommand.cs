using System.CommandLine;
using Gateway.Marc.Cli.Output;
using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Commands;

/// <summary><c>convert --to marcxml|json|mrc FILE</c>: records to standard output, problems to standard error.</summary>
internal static class ConvertCommand
{
    /// <summary>One line, shown in the tool's command list and atop the command's help.</summary>
    public const string Summary = "Convert to MARCXML, MARC-in-JSON or binary MARC on standard output.";

    /// <summary>The "Details" section of the command's help.</summary>
    public const string Details = """
        Convert binary MARC or MARCXML to MARCXML (a <collection>), MARC-in-JSON (a JSON array, one record per line)
        or binary MARC (ISO 2709, UTF-8) on standard output, record by record in constant memory.
        Reading is lenient: damaged records are repaired or skipped, and each problem goes to standard error as
        'record N, offset O, tag T: message'. Exit code: 0 no problem, 1 problems were reported (the output is
        still complete and well-formed), 2 usage error or unreadable input.
        """;

    public static Command Create(CliConsole console)
    {
        var to = new Option<string>("--to")
        {
            Description = "Output format: marcxml, json (MARC-in-JSON) or mrc (ISO 2709).",
            Required = true,
        };
        to.AcceptOnlyFromAmong(OutputFormat.All);
        var strict = new Option<bool>("--strict") { Description = "Stop at the first problem instead of repairing (exit 1)." };
        var file = CommonSymbols.File();
        var from = CommonSymbols.From();
        var noProgress = CommonSymbols.NoProgress();

        var command = new Command("convert", Summary) { file, to, from, strict, noProgress };
        command.SetAction(parsed => Run(
            console,
            parsed.GetRequiredValue(file),
            parsed.GetValue(from),
            parsed.GetRequiredValue(to),
            parsed.GetValue(strict),
            parsed.GetValue(noProgress)));
        return command;
    }

    private static int Run(CliConsole console, string file, string? from, string to, bool strict, bool noProgress)
    {
        if (!CommandIo.TryOpen(console, file, from, out var input))
        {
            return ExitCodes.Usage;
        }

        using (input)
        {
            var progress = CommandIo.Progress(console, noProgress);
            var pump = new RecordPump(input, progress);

            // Not disposed: that would close standard output; it is flushed instead.
            var output = new BufferedStream(console.Output, 1 << 16);
            using var writer = OutputFormat.CreateWriter(to, output);
            long unwritten = 0;
            try
            {
                pump.Run(
                    lenient: !strict,
                    problem => progress.WriteLine(console.Error, ProblemText.Format(problem)),
                    (number, record) =>
                    {
                        try
                        {
                            writer.Write(record);
                        }
                        catch (ArgumentException ex)
                        {
                            unwritten++;
                            progress.WriteLine(console.Error, ProblemText.Format(number, null, null, $"left out of the output: {ex.Message}"));
                        }
                    },
                    view =>
                    {
                        try
                        {
                            writer.Write(view);
                        }
                        catch (ArgumentException ex)
                        {
                            unwritten++;
                            progress.WriteLine(console.Error, ProblemText.Format(view.Number, null, null, $"left out of the output: {ex.Message}"));
                        }
                    });
            }
            catch (MarcFormatException ex)
            {
                // What was converted before the problem is closed off, so the output is still well-formed.
                writer.Complete();
                output.Flush();
                var offset = ex.ByteOffset is { } at ? $" (offset {at})" : string.Empty;
                console.Error.WriteLine($"gateway-marc: stopped at the first problem (--strict): {ex.Message}{offset}");
                return ExitCodes.Problems;
            }
            catch (IOException ex)
            {
                return CommandIo.Failed(console, input, ex);
            }

            writer.Complete();
            output.Flush();
            var problems = pump.Problems + unwritten;
            if (problems == 0)
            {
                return ExitCodes.Ok;
            }

            console.Error.WriteLine($"gateway-marc: {pump.Records} records converted; {problems} problems reported above.");
            return ExitCodes.Problems;
        }
    }
}
