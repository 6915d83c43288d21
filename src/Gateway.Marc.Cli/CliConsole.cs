namespace Gateway.Marc.Cli;

/// <summary>
/// The standard streams, terminal state and clock the tool runs against. Injected so that tests run the commands
/// in-process; standard output is a <see cref="Stream"/> because <c>convert --to mrc</c> writes binary.
/// </summary>
internal sealed class CliConsole(Stream input, Stream output, TextWriter error, bool isErrorTerminal, TimeProvider clock)
{
    /// <summary>Standard input, read when FILE is <c>-</c>.</summary>
    public Stream Input { get; } = input;

    /// <summary>Standard output (records, lint lines, stats).</summary>
    public Stream Output { get; } = output;

    /// <summary>Standard error (problems during convert, usage errors, progress).</summary>
    public TextWriter Error { get; } = error;

    /// <summary>True when standard error is a terminal, so a progress line can be redrawn in place.</summary>
    public bool IsErrorTerminal { get; } = isErrorTerminal;

    /// <summary>Clock for progress throttling and elapsed times.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>The process's own console.</summary>
    public static CliConsole FromSystemConsole() => new(
        Console.OpenStandardInput(),
        Console.OpenStandardOutput(),
        Console.Error,
        isErrorTerminal: !Console.IsErrorRedirected,
        TimeProvider.System);
}
