using System.Diagnostics.CodeAnalysis;
using Gateway.Marc.Cli.Input;
using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Commands;

/// <summary>Opening the input and setting up progress the same way for every command.</summary>
internal static class CommandIo
{
    /// <summary>Opens FILE; on failure writes <c>gateway-marc: reason</c> to standard error and returns false (exit 2).</summary>
    public static bool TryOpen(CliConsole console, string file, string? from, [NotNullWhen(true)] out MarcInput? input)
    {
        if (MarcInput.TryOpen(file, CommonSymbols.ParseFrom(from), console, out input, out var error))
        {
            return true;
        }

        console.Error.WriteLine($"gateway-marc: {error}");
        return false;
    }

    /// <summary>A progress line when standard error is a terminal and --no-progress was not given; otherwise a silent reporter.</summary>
    public static ProgressReporter Progress(CliConsole console, bool noProgress) =>
        new(console.Error, console.Clock, console.IsErrorTerminal && !noProgress);

    /// <summary>Reports an I/O failure part-way (a read error, a closed pipe) and gives the exit code for it.</summary>
    public static int Failed(CliConsole console, MarcInput input, IOException exception)
    {
        console.Error.WriteLine($"gateway-marc: {input.Name}: {exception.Message}");
        return ExitCodes.Usage;
    }
}
