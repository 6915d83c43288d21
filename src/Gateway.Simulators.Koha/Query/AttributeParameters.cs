using System.Globalization;

namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Per-attribute query parameters of a list route (e.g. GET /holds?biblio_id=12&amp;status=W): strings match as
/// <c>_match</c> says (contains by default, as Koha's objects.search does), other kinds must be equal.
/// </summary>
internal static class AttributeParameters
{
    public static IEnumerable<T> Filter<T>(IEnumerable<T> source, HttpRequest request, FieldMap<T> map, IEnumerable<string> names)
    {
        var match = request.Query["_match"].ToString();
        foreach (var name in names)
        {
            if (request.Query[name].ToString() is not { Length: > 0 } wanted || map.Find(name) is not { } field)
            {
                continue;
            }

            source = field.Kind == FieldKind.String
                ? source.Where(row => Matches(field.Get(row) as string, wanted, match))
                : source.Where(row => Equal(field, row, wanted));
        }

        return source;
    }

    private static bool Equal<T>(FieldDef<T> field, T row, string wanted) => field.Get(row) switch
    {
        null => false,
        bool b => string.Equals(wanted, b ? "true" : "false", StringComparison.OrdinalIgnoreCase) || wanted == (b ? "1" : "0"),
        DateOnly d => wanted == d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => DateTimeOffset.TryParse(wanted, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var w) && w == t,
        var v => string.Equals(Convert.ToString(v, CultureInfo.InvariantCulture), wanted, StringComparison.OrdinalIgnoreCase),
    };

    private static bool Matches(string? value, string wanted, string match) => value is not null && match switch
    {
        "exact" => string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase),
        "starts_with" => value.StartsWith(wanted, StringComparison.OrdinalIgnoreCase),
        "ends_with" => value.EndsWith(wanted, StringComparison.OrdinalIgnoreCase),
        _ => value.Contains(wanted, StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>A boolean query parameter (true, 1) as Koha's OpenAPI layer reads it; anything else but false/0 is a 400.</summary>
    public static bool Flag(HttpRequest request, string name)
    {
        var value = request.Query[name].ToString();
        return value switch
        {
            "" or "false" or "0" => false,
            "true" or "1" => true,
            _ => throw new BadParameterException([new ParameterError("/" + name, "Expected boolean - got string.")], openApiShape: true),
        };
    }
}
