using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Gateway.Marc.Cli;

/// <summary>
/// The standard help, followed by a "Details" section for the command asked about. Descriptions stay one line so
/// that the command list reads well; the details (levels, exit codes, formats) are shown only in a command's own help.
/// </summary>
internal sealed class DetailedHelpAction(HelpAction standard, IReadOnlyDictionary<Command, string> details) : SynchronousCommandLineAction
{
    // Like the standard help, asking for help is never a usage error, whatever else is on the line.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);

        var exitCode = standard.Invoke(parseResult);
        if (details.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Details:");
            foreach (var line in text.Split('\n'))
            {
                output.WriteLine($"  {line.TrimEnd('\r')}");
            }

            output.WriteLine();
        }

        return exitCode;
    }
}
