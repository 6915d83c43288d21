namespace Gateway.Marc;

/// <summary>How MARC readers deal with malformed input.</summary>
public sealed class MarcReadOptions
{
    /// <summary>
    /// False (default, strict): the first problem throws <see cref="MarcFormatException"/>.
    /// True (lenient): the reader repairs what it can or skips the bad part (a field, a subfield, or a whole record),
    /// reports a <see cref="MarcProblem"/> to <see cref="OnProblem"/> and goes on.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Receives every problem in lenient mode.</summary>
    public Action<MarcProblem>? OnProblem { get; init; }

    /// <summary>Strict options (the default when none are given).</summary>
    public static MarcReadOptions Strict { get; } = new();
}
