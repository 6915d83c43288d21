using System.Globalization;
using Gateway.Simulators.Koha.Options;

namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Runs a Koha list request over an in-memory collection: validates parameters, applies every q= (AND-ed,
/// plus a JSON body query), orders, pages and sets the paging headers.
/// </summary>
internal static class ListQuery
{
    private static readonly HashSet<string> ListParameters = new(StringComparer.Ordinal) { "_page", "_per_page", "_match", "_order_by", "q" };

    public static async Task<IReadOnlyList<T>> RunAsync<T>(HttpContext context, IReadOnlyCollection<T> source, FieldMap<T> map, KohaSimulatorOptions options)
    {
        var query = context.Request.Query;
        var unknown = query.Keys.Where(k => !ListParameters.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new BadParameterException([.. unknown.Select(k => new ParameterError("/query/" + k, "Malformed query string"))], openApiShape: false);
        }

        var page = Integer(context, "_page") ?? 1;
        var perPage = Integer(context, "_per_page") ?? options.DefaultPageSize;
        if (page < 1 || perPage == 0 || perPage < -1)
        {
            throw new BadParameterException([new("/_page", "Page and page size must be positive (or _per_page=-1 for all).")], openApiShape: true);
        }

        perPage = perPage == -1 ? -1 : Math.Min(perPage, options.MaxPageSize);
        var parser = new KohaQueryParser<T>(map);
        var filters = query["q"].Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => parser.Parse(q!)).ToList();
        if (await BodyQueryAsync(context) is { } body)
        {
            filters.Add(parser.Parse(body));
        }

        var order = OrderBy<T>.Parse(query["_order_by"].Select(v => v ?? ""), map);
        var matched = filters.Count == 0 ? source : source.Where(KohaQueryParser<T>.All(filters));
        var sorted = order.Sort(matched);
        PageLinks.Apply(context, page, perPage, sorted.Count, source.Count);
        return perPage == -1 ? sorted : [.. sorted.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * perPage)).Take(perPage)];
    }

    private static int? Integer(HttpContext context, string name)
    {
        var value = context.Request.Query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : throw new BadParameterException([new("/" + name, "Expected integer - got string.")], openApiShape: true);
    }

    /// <summary>Koha also accepts the query as a JSON request body (q_body).</summary>
    private static async Task<string?> BodyQueryAsync(HttpContext context)
    {
        if (!context.Request.HasJsonContentType() || context.Request.ContentLength is 0)
        {
            return null;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        return string.IsNullOrWhiteSpace(body) ? null : body;
    }
}
