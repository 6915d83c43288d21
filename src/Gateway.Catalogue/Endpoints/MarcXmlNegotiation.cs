using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gateway.Catalogue.Endpoints;

/// <summary>Whether a request's <c>Accept</c> prefers MARCXML over JSON, honouring quality values.</summary>
internal static class MarcXmlNegotiation
{
    public static bool PrefersMarcXml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double marc = 0, json = 0;
        int marcAt = int.MaxValue, jsonAt = int.MaxValue;
        for (var i = 0; i < accept.Count; i++)
        {
            var type = accept[i];
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals(RecordsApi.MarcXmlMediaType, StringComparison.OrdinalIgnoreCase) && quality > marc)
            {
                (marc, marcAt) = (quality, i);
            }
            else if (IsJsonLike(type) && quality > json)
            {
                (json, jsonAt) = (quality, i);
            }
        }

        // Equal quality: the type listed first wins.
        return marc > 0 && (marc > json || (marc == json && marcAt < jsonAt));
    }

    private static bool IsJsonLike(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
        || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase);
}
