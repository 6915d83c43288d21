using Microsoft.Extensions.Primitives;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>The parameters of a Koha CGI script: the query string for GET, plus the form for a urlencoded POST (CGI.pm merges both).</summary>
internal static class CgiParameters
{
    public static async Task<IReadOnlyDictionary<string, StringValues>> ReadAsync(HttpRequest request)
    {
        var parameters = request.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, value) in form)
            {
                parameters[key] = parameters.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : value;
            }
        }

        return parameters;
    }
}
