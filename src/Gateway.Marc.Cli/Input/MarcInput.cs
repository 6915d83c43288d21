using System.Diagnostics.CodeAnalysis;

namespace Gateway.Marc.Cli.Input;

/// <summary>An opened MARC input (a file or standard input) whose format is known, read as a stream of records.</summary>
internal sealed class MarcInput : IDisposable
{
    /// <summary>Bytes read ahead to sniff the format; a head of only whitespace this long is not MARC.</summary>
    private const int SniffLength = 4096;

    private readonly CountingStream _counter;
    private readonly Stream _stream;

    private MarcInput(string name, InputFormat format, CountingStream counter, Stream stream)
    {
        Name = name;
        Format = format;
        _counter = counter;
        _stream = stream;
    }

    /// <summary>The file name, or "standard input".</summary>
    public string Name { get; }

    public InputFormat Format { get; }

    /// <summary>Bytes read from the input so far (the readers buffer ahead, so this leads the records a little).</summary>
    public long BytesRead => _counter.BytesRead;

    /// <summary>
    /// Opens <paramref name="path"/> (<c>-</c> for standard input) and settles its format: <paramref name="from"/>
    /// when given, else sniffed. Returns false with a one-line reason when the input cannot be read as MARC.
    /// </summary>
    public static bool TryOpen(string path, InputFormat? from, CliConsole console, [NotNullWhen(true)] out MarcInput? input, [NotNullWhen(false)] out string? error)
    {
        input = null;
        var isStdin = path == "-";
        var name = isStdin ? "standard input" : path;
        CountingStream? counter = null;
        try
        {
            var raw = isStdin ? console.Input : OpenFile(path);
            counter = new CountingStream(raw, leaveOpen: isStdin);
            var head = new byte[SniffLength];
            var (length, sniffed) = SniffHead(counter, head);
            var format = from ?? sniffed.Format;
            if (format is null)
            {
                error = $"{name} is not MARC: {sniffed.Reason}.";
                counter.Dispose();
                return false;
            }

            // XML allows nothing before its declaration, yet exports arrive with a stray newline or BOM first: start
            // the XML at its first '<' (the parser takes UTF-8 by default, as the BOM said).
            var start = format == InputFormat.MarcXml ? FormatSniffer.ContentStart(head.AsSpan(0, length)) : 0;
            input = new MarcInput(name, format.Value, counter, new ReplayStream(head, start, length, counter));
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            counter?.Dispose();
            error = $"cannot read {name}: {ex.Message}";
            return false;
        }
    }

    /// <summary>
    /// The records with the 1-based numbers the reader's problems use, lazily: nothing is read before the caller
    /// enumerates, and only about one record is held at a time. Binary input numbers every record found, so a record
    /// skipped as unusable leaves a gap; MARCXML never skips a whole record.
    /// </summary>
    public IEnumerable<MarcReadResult> Read(MarcReadOptions options) => Format switch
    {
        InputFormat.MarcXml => MarcXmlReader.Read(_stream, options).Select((record, i) => new MarcReadResult(record, i + 1, -1)),
        _ => Iso2709Reader.ReadWithPositions(_stream, options),
    };

    /// <summary>
    /// Binary input only: the records as views (<see cref="Iso2709Reader.ReadViews"/>), one reused view valid until
    /// the next record; nothing is allocated per record.
    /// </summary>
    public IEnumerable<MarcRecordView> ReadViews(MarcReadOptions options) => Format == InputFormat.Iso2709
        ? Iso2709Reader.ReadViews(_stream, options)
        : throw new InvalidOperationException("Only binary MARC is read as views.");

    public void Dispose() => _stream.Dispose();

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);

    /// <summary>Reads until the sniffer decides, the head is full, or the input ends.</summary>
    private static (int Length, SniffResult Result) SniffHead(Stream stream, byte[] head)
    {
        var length = 0;
        while (true)
        {
            var read = stream.Read(head, length, head.Length - length);
            length += read;
            var complete = read == 0;
            var result = FormatSniffer.Sniff(head.AsSpan(0, length), complete);
            if (result.Format is not null || complete || length == head.Length)
            {
                return (length, result);
            }
        }
    }
}
