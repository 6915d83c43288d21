namespace Gateway.Marc.Cli.Lint;

/// <summary>How serious a lint finding is. The levels are explained in <c>lint --help</c>.</summary>
internal enum Severity
{
    /// <summary>The reader had to repair or drop data: the record's structure or encoding is broken.</summary>
    Error,

    /// <summary>The record reads cleanly but its content is wrong (an invalid ISBN, no title).</summary>
    Warning,

    /// <summary>Worth knowing, not wrong (a MARC-8 record). Listed only with --info; never affects the exit code.</summary>
    Info,
}
