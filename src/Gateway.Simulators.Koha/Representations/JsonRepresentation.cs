using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>Writes resources as Koha JSON from their field maps (snake_case names in map order, nulls kept).</summary>
internal static class JsonRepresentation
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Array<T>(IEnumerable<T> items, FieldMap<T> map) => Array(items, map, extra: null);

    /// <summary>An array of objects; <paramref name="extra"/> writes embedded properties after each object's own fields.</summary>
    public static byte[] Array<T>(IEnumerable<T> items, FieldMap<T> map, Action<Utf8JsonWriter, T>? extra)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                Write(writer, item, map, extra);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Single<T>(T item, FieldMap<T> map) => Single(item, map, extra: null);

    public static byte[] Single<T>(T item, FieldMap<T> map, Action<Utf8JsonWriter, T>? extra)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, item, map, extra);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>RFC 3339 with an explicit offset, as Koha renders date-times: 2025-03-01T10:15:00+00:00.</summary>
    public static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>Writes one object (its fields in map order, then <paramref name="extra"/>) at the writer's position.</summary>
    public static void Write<T>(Utf8JsonWriter writer, T item, FieldMap<T> map, Action<Utf8JsonWriter, T>? extra = null)
    {
        writer.WriteStartObject();
        foreach (var field in map.Fields)
        {
            writer.WritePropertyName(field.Name);
            switch (field.Get(item))
            {
                case null: writer.WriteNullValue(); break;
                case int i: writer.WriteNumberValue(i); break;
                case long l: writer.WriteNumberValue(l); break;
                case decimal d: writer.WriteNumberValue(d); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case DateTimeOffset dto: writer.WriteStringValue(Instant(dto)); break;
                case DateOnly day: writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case var other: writer.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
            }
        }

        extra?.Invoke(writer, item);
        writer.WriteEndObject();
    }
}
