using System.Globalization;
using System.Text.Json;

namespace Gateway.Simulators.Koha.Query;

/// <summary>Turns JSON query values into field values and compares them the way Koha's MySQL would.</summary>
internal static class FieldValues
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>The typed value of a JSON literal for a field kind (null for JSON null).</summary>
    public static object? Parse(FieldKind kind, JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        object? parsed = kind switch
        {
            FieldKind.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            FieldKind.Number => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null,
            FieldKind.Boolean => text switch { "true" or "1" => true, "false" or "0" => false, _ => null },
            FieldKind.DateTime => ParseInstant(text),
            FieldKind.Date => DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) ? day : null,
            _ => text,
        };
        return parsed ?? throw new InvalidQueryException($"Invalid value for {field}: {text}");
    }

    /// <summary>Orders two non-null values of the same kind (strings case-insensitively, like a _ci collation).</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture)),
    };

    /// <summary>Null-safe ordering for _order_by: nulls first ascending, as MySQL sorts them.</summary>
    public static int CompareNullable(object? left, object? right) =>
        left is null ? (right is null ? 0 : -1) : right is null ? 1 : Compare(left, right);

    /// <summary>Normalises a field's own value so it compares with parsed query values.</summary>
    public static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        DateTimeOffset dto => dto.ToUniversalTime(),
        _ => value,
    };

    private static DateTimeOffset? ParseInstant(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            || DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out parsed))
        {
            return parsed;
        }

        return null;
    }
}
