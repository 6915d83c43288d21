namespace Gateway.Marc;

/// <summary>Applies <see cref="MarcReadOptions"/>: throws in strict mode, reports in lenient mode.</summary>
internal sealed class ProblemSink(MarcReadOptions? options)
{
    private readonly bool _lenient = options?.Lenient ?? false;
    private readonly Action<MarcProblem>? _onProblem = options?.OnProblem;

    /// <summary>Number of problems reported so far.</summary>
    public int Count { get; private set; }

    /// <summary>Throws <see cref="MarcFormatException"/> in strict mode; otherwise reports the problem and returns.</summary>
    public void Report(int recordNumber, long? byteOffset, string? tag, string message, Exception? cause = null)
    {
        Count++;
        if (!_lenient)
        {
            var where = tag is null ? $"record {recordNumber}" : $"record {recordNumber}, field {tag}";
            throw new MarcFormatException($"{where}: {message}", recordNumber, tag, byteOffset, cause);
        }

        _onProblem?.Invoke(new MarcProblem(recordNumber, byteOffset, tag, message));
    }
}
