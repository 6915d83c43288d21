using Microsoft.Net.Http.Headers;

namespace Gateway.Simulators.Koha.Http;

/// <summary>
/// Picks a representation from the Accept header, highest quality first. A missing Accept, or one that only
/// says "*/*", gets JSON (a simulator kindness: real Koha's list route answers 406 unless JSON is named).
/// </summary>
internal static class Negotiation
{
    public static ResponseFormat? Choose(HttpRequest request, bool marcAllowed)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return ResponseFormat.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(header, out var values))
        {
            return null;
        }

        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1.0))
        {
            if (value.Quality == 0)
            {
                continue;
            }

            var format = Map(value.MediaType.Value ?? "");
            if (format == ResponseFormat.Json || (format is not null && marcAllowed))
            {
                return format;
            }
        }

        return null;
    }

    private static ResponseFormat? Map(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "application/json" or "*/*" or "application/*" => ResponseFormat.Json,
        "application/marcxml+xml" => ResponseFormat.MarcXml,
        "application/marc-in-json" => ResponseFormat.MarcInJson,
        "application/marc" => ResponseFormat.Marc,
        "text/plain" => ResponseFormat.Text,
        _ => null,
    };
}
