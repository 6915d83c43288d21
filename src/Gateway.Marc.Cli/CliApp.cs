using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using Gateway.Marc.Cli.Commands;

namespace Gateway.Marc.Cli;

/// <summary>The tool: parses the command line and runs one command against the given console.</summary>
internal static class CliApp
{
    public const string Name = "gateway-marc";

    private const string Summary = "Check and convert MARC 21 exports (binary ISO 2709 or MARCXML, told apart by the first bytes).";

    private const string Details = """
        Commands read record by record in constant memory, so files of any size work; on a terminal a progress
        line (records, MB/s, problems) is shown on standard error, and nothing when standard error is redirected.
        Exit codes: 0 no problem, 1 problems found, 2 usage error or unreadable input.
        Run 'gateway-marc COMMAND --help' for a command's options.
        """;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the tool; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        // Text output (help, lint, stats) goes through one buffered writer; convert writes bytes to the stream itself.
        await using var output = new StreamWriter(console.Output, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        var root = BuildRoot(console, output);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var command = parsed.CommandResult.Command;
            if (command == root)
            {
                // Say what was wrong once, rather than both "no command" and "unrecognised token".
                var problem = args.Length == 0 ? "no command given" : args[0].StartsWith('-') ? $"unknown option '{args[0]}'" : $"unknown command '{args[0]}'";
                await console.Error.WriteLineAsync($"{Name}: {problem}; the commands are convert, lint and stats.");
            }
            else
            {
                foreach (var error in parsed.Errors)
                {
                    await console.Error.WriteLineAsync($"{Name} {command.Name}: {error.Message}");
                }
            }

            var path = command == root ? Name : $"{Name} {command.Name}";
            await console.Error.WriteLineAsync($"Run '{path} --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = console.Error,
            // A crash is a bug to see, not to turn into exit code 1; Ctrl+C simply ends the process.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        var exitCode = await parsed.InvokeAsync(configuration);
        await output.FlushAsync();
        return exitCode;
    }

    private static Command BuildRoot(CliConsole console, TextWriter output)
    {
        // A plain command rather than RootCommand, so usage says "gateway-marc" whatever the host process is called.
        var convert = ConvertCommand.Create(console);
        var lint = LintCommand.Create(console, output);
        var stats = StatsCommand.Create(console, output);
        var root = new Command(Name, Summary) { convert, lint, stats };

        var help = new HelpOption();
        if (help.Action is HelpAction standard)
        {
            help.Action = new DetailedHelpAction(standard, new Dictionary<Command, string>
            {
                [root] = Details,
                [convert] = ConvertCommand.Details,
                [lint] = LintCommand.Details,
                [stats] = StatsCommand.Details,
            });
        }

        root.Options.Add(help);
        return root;
    }
}
