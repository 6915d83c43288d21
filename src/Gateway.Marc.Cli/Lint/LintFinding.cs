using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Lint;

/// <summary>One line of lint output: a level, where (record, byte offset when known, tag) and what.</summary>
internal sealed record LintFinding(Severity Severity, int RecordNumber, long? ByteOffset, string? Tag, string Message)
{
    /// <summary>A problem the reader reported: always an error, since data was repaired or lost.</summary>
    public static LintFinding FromReader(MarcProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(Severity.Error, problem.RecordNumber, problem.ByteOffset, problem.Tag, problem.Message);
    }

    /// <summary><c>error   record 3, offset 1520, tag 245: message</c>; the level is padded so the rest lines up.</summary>
    public string ToLine() => $"{LevelName,-7} {ProblemText.Format(RecordNumber, ByteOffset, Tag, Message)}";

    private string LevelName => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
