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

    public static Task<IReadOnlyList<T>> RunAsync<T>(HttpContext context, IReadOnlyCollection<T> source, FieldMap<T> map, KohaSimulatorOptions options)
        where T : class =>
        RunAsync(context, source, map, options, keyset: null, extraParameters: null);

    /// <summary>
    /// As above; <paramref name="keyset"/> lets common requests skip the scan and sort (see <see cref="FastPaths"/>),
    /// <paramref name="extraParameters"/> are the route's own query parameters (the endpoint applies them).
    /// </summary>
    public static async Task<IReadOnlyList<T>> RunAsync<T>(HttpContext context, IReadOnlyCollection<T> source, FieldMap<T> map, KohaSimulatorOptions options,
        KeysetSource<T>? keyset, IReadOnlyCollection<string>? extraParameters)
        where T : class
    {
        var query = context.Request.Query;
        var unknown = query.Keys.Where(k => !ListParameters.Contains(k) && extraParameters?.Contains(k) != true).ToList();
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
        var queries = query["q"].Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q!).ToList();
        var filters = queries.Select(parser.Parse).ToList(); // parsed first: a bad query is a 400 on every path
        var body = await BodyQueryAsync(context);
        var order = OrderBy<T>.Parse(query["_order_by"].Select(v => v ?? ""), map);
        if (keyset is not null && body is null && FastPaths.TryRun(keyset, map, order, queries) is var (rows, start, count))
        {
            PageLinks.Apply(context, page, perPage, count, keyset.ByKey.Count);
            var skip = perPage == -1 ? 0 : (int)Math.Min(count, (long)(page - 1) * perPage);
            var take = perPage == -1 ? count : Math.Min(perPage, count - skip);
            var result = new List<T>(take);
            for (var i = 0; i < take; i++)
            {
                result.Add(rows[start + skip + i]);
            }

            return result;
        }

        if (body is not null)
        {
            filters.Add(parser.Parse(body));
        }

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
