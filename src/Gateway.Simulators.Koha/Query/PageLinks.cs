using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;

namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Koha::REST::Plugin::Pagination: an RFC 5988 Link header (prev, next, first, last; absolute URLs keeping the
/// request's query, with _page and _per_page replaced) plus X-Total-Count and X-Base-Total-Count.
/// </summary>
internal static class PageLinks
{
    public static void Apply(HttpContext context, int page, int perPage, int total, int baseTotal)
    {
        var pages = perPage == -1 ? 1 : Math.Max(1, (total + perPage - 1) / perPage);
        var links = new List<string>(4);
        if (perPage != -1 && pages > 1 && page > 1)
        {
            links.Add(Link(context.Request, page - 1, perPage, "prev"));
        }

        if (perPage != -1 && pages > 1 && page < pages)
        {
            links.Add(Link(context.Request, page + 1, perPage, "next"));
        }

        links.Add(Link(context.Request, 1, perPage, "first"));
        links.Add(Link(context.Request, pages, perPage, "last"));
        var headers = context.Response.Headers;
        headers["Link"] = string.Join(",", links);
        headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        headers["X-Base-Total-Count"] = baseTotal.ToString(CultureInfo.InvariantCulture);
    }

    private static string Link(HttpRequest request, int page, int perPage, string rel)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (key is not ("_page" or "_per_page"))
            {
                query.Add(key, values.Where(v => v is not null).Select(v => v!));
            }
        }

        query.Add("_page", page.ToString(CultureInfo.InvariantCulture));
        query.Add("_per_page", perPage.ToString(CultureInfo.InvariantCulture));
        var url = new StringBuilder()
            .Append(request.Scheme).Append("://").Append(request.Host.Value)
            .Append(request.PathBase.Value).Append(request.Path.Value).Append(query.ToQueryString().Value);
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
