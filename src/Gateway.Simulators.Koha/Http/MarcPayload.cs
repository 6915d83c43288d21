using System.Text;
using System.Text.Json;
using Gateway.Marc;

namespace Gateway.Simulators.Koha.Http;

/// <summary>
/// Serialises MARC records as Koha does: lists via print_collection (MARCXML collection, MiJ array, ISO 2709
/// records joined with "\n" unless configured otherwise, text records separated by a blank line) and single
/// records as MARCXML &lt;record&gt;, a MiJ object, one ISO 2709 record or MARC mnemonic text.
/// </summary>
internal static class MarcPayload
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static (byte[] Body, string ContentType) Collection(IReadOnlyList<MarcRecord> records, ResponseFormat format, bool newlineBetweenIso2709)
    {
        using var stream = new MemoryStream();
        switch (format)
        {
            case ResponseFormat.MarcXml:
                MarcXmlWriter.WriteCollection(stream, records);
                break;
            case ResponseFormat.MarcInJson:
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartArray();
                    foreach (var record in records)
                    {
                        MarcInJsonWriter.Write(writer, record);
                    }

                    writer.WriteEndArray();
                }

                break;
            case ResponseFormat.Marc:
                for (var i = 0; i < records.Count; i++)
                {
                    if (i > 0 && newlineBetweenIso2709)
                    {
                        stream.WriteByte((byte)'\n');
                    }

                    Iso2709Writer.Write(stream, records[i]);
                }

                break;
            default:
                var text = string.Join("\n\n", records.Select(MarcText.Format));
                stream.Write(Utf8.GetBytes(text));
                break;
        }

        return (stream.ToArray(), ContentType(format));
    }

    public static (byte[] Body, string ContentType) Single(MarcRecord record, ResponseFormat format) => format switch
    {
        ResponseFormat.MarcXml => (Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + MarcXmlWriter.ToXml(record)), ContentType(format)),
        ResponseFormat.MarcInJson => (Utf8.GetBytes(MarcInJsonWriter.ToJson(record)), ContentType(format)),
        ResponseFormat.Marc => (Iso2709Writer.ToBytes(record), ContentType(format)),
        _ => (Utf8.GetBytes(MarcText.Format(record)), ContentType(format)),
    };

    public static string ContentType(ResponseFormat format) => format switch
    {
        ResponseFormat.MarcXml => "application/marcxml+xml",
        ResponseFormat.MarcInJson => "application/marc-in-json",
        ResponseFormat.Marc => "application/marc",
        ResponseFormat.Text => "text/plain;charset=UTF-8",
        _ => "application/json;charset=UTF-8",
    };
}
