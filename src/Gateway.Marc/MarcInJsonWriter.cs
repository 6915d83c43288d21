using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Marc;

/// <summary>Writes records as MARC-in-JSON (<c>{"leader": "...", "fields": [{"001": "..."}, {"245": {"ind1": " ", "ind2": "0", "subfields": [{"a": "..."}]}}]}</c>).</summary>
public static class MarcInJsonWriter
{
    private static readonly JsonWriterOptions StringOptions = new()
    {
        // Non-ASCII text stays readable; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one record as a MARC-in-JSON object at the writer's current position.</summary>
    public static void Write(Utf8JsonWriter writer, MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);

        writer.WriteStartObject();
        writer.WriteString("leader", record.Leader);
        writer.WriteStartArray("fields");

        var fields = record.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WriteStartObject();
            switch (fields[i])
            {
                case ControlField control:
                    writer.WriteString(control.Tag, control.Value);
                    break;
                case DataField data:
                    WriteDataField(writer, data);
                    break;
                default:
                    throw new ArgumentException($"Unsupported field type {fields[i].GetType().Name}.", nameof(record));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One record as a compact MARC-in-JSON string (non-ASCII characters are not escaped).</summary>
    public static string ToJson(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512 + (record.Fields.Count * 64));
        using (var writer = new Utf8JsonWriter(buffer, StringOptions))
        {
            Write(writer, record);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteDataField(Utf8JsonWriter writer, DataField data)
    {
        writer.WriteStartObject(data.Tag);
        writer.WriteString("ind1", CharStrings.Of(data.Indicator1));
        writer.WriteString("ind2", CharStrings.Of(data.Indicator2));
        writer.WriteStartArray("subfields");

        var subfields = data.Subfields;
        for (var i = 0; i < subfields.Count; i++)
        {
            var subfield = subfields[i];
            writer.WriteStartObject();
            writer.WriteString(CharStrings.Of(subfield.Code), subfield.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
