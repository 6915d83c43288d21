using System.Text.Json;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// Reads the keys of a page of Koha objects (<c>GET /api/v1/biblios</c>, <c>/deleted/biblios</c>: a JSON array of
/// biblio objects) straight from the body's bytes (decision 0031): only <c>biblio_id</c> and <c>timestamp</c> of each
/// object, every other value skipped without being materialised. Names and values are read as the
/// <see cref="KohaBiblioKey"/> deserialiser with <see cref="JsonSerializerOptions.Web"/> reads them (names matched
/// ignoring case, an id as a number or a numeric string, a timestamp as ISO 8601, a missing one as the default).
/// </summary>
internal static class KohaKeyPage
{
    /// <summary>The keys in the body's order.</summary>
    /// <exception cref="JsonException">The body is not a JSON array of objects, or a key cannot be read.</exception>
    public static List<KohaBiblioKey> Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("Expected a JSON array of objects.");
            }

            var keys = new List<KohaBiblioKey>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                keys.Add(ReadKey(ref reader));
            }

            if (reader.Read())
            {
                throw new JsonException("Unexpected data after the JSON array.");
            }

            return keys;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException)
        {
            throw new JsonException($"A key could not be read: {e.Message}", e);
        }
    }

    private static KohaBiblioKey ReadKey(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, found {reader.TokenType}.");
        }

        long id = 0;
        DateTimeOffset timestamp = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name)
            {
                case Property.BiblioId:
                    id = reader.TokenType == JsonTokenType.String
                        ? long.Parse(reader.GetString()!, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture)
                        : reader.GetInt64();
                    break;
                case Property.Timestamp:
                    timestamp = reader.GetDateTimeOffset();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new KohaBiblioKey(id, timestamp);
    }

    /// <summary>Which of the two names the property has, ignoring case (escaped names are unescaped first).</summary>
    private static Property Name(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            var text = reader.GetString()!;
            return string.Equals(text, "biblio_id", StringComparison.OrdinalIgnoreCase) ? Property.BiblioId
                : string.Equals(text, "timestamp", StringComparison.OrdinalIgnoreCase) ? Property.Timestamp
                : Property.Other;
        }

        var span = reader.ValueSpan;
        return System.Text.Ascii.EqualsIgnoreCase(span, "biblio_id"u8) ? Property.BiblioId
            : System.Text.Ascii.EqualsIgnoreCase(span, "timestamp"u8) ? Property.Timestamp
            : Property.Other;
    }

    private enum Property
    {
        Other,
        BiblioId,
        Timestamp,
    }
}
