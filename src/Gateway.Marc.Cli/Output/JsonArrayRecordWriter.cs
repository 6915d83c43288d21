using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Marc.Cli.Output;

/// <summary>
/// A JSON array of MARC-in-JSON records, one record per line. Each record is rendered into a buffer first, so a
/// record that cannot be written leaves no half-written object behind and memory stays at one record.
/// </summary>
internal sealed class JsonArrayRecordWriter : IRecordWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII text stays readable; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private bool _any;

    public JsonArrayRecordWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public void Write(MarcRecord record)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        MarcInJsonWriter.Write(_json, record);
        _json.Flush();

        _output.Write(_any ? ",\n"u8 : "[\n"u8);
        _output.Write(_buffer.WrittenSpan);
        _any = true;
    }

    public void Complete()
    {
        _output.Write(_any ? "\n]\n"u8 : "[]\n"u8);
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();
}
