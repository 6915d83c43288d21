using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Http;

/// <summary>
/// The x-koha-embed request header: a comma list (or repeated header) of relations. Values outside the route's
/// enum fail OpenAPI validation with a 400, as in Koha.
/// </summary>
internal static class EmbedHeader
{
    public static IReadOnlySet<string> Parse(HttpRequest request, IReadOnlySet<string> allowed)
    {
        var values = request.Headers["x-koha-embed"]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var errors = values.Select((v, i) => (Value: v, Index: i)).Where(x => !allowed.Contains(x.Value))
            .Select(x => new ParameterError("/x-koha-embed/" + x.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Not in enum list: " + string.Join(", ", allowed.Order(StringComparer.Ordinal)) + "."))
            .ToList();
        if (errors.Count > 0)
        {
            throw new BadParameterException(errors, openApiShape: true);
        }

        return values.ToHashSet(StringComparer.Ordinal);
    }
}
