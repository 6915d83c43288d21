using Gateway.Catalogue.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// <c>GET</c> and <c>POST</c> (form-encoded) <c>/oai</c>: OAI-PMH 2.0. Protocol errors are OAI-PMH <c>error</c>
/// elements with HTTP 200, as the protocol wants, not ProblemDetails.
/// </summary>
internal static class OaiEndpoint
{
    public const string Path = "/oai";
    private const string XmlContentType = "text/xml; charset=utf-8";

    public static IEndpointConventionBuilder MapOai(this IEndpointRouteBuilder app) =>
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithTags("OAI-PMH")
            .WithName("Oai")
            .WithSummary("OAI-PMH 2.0 provider of the consolidated catalogue (marc21, oai_dc; sets by region, system, library).")
            .Produces(StatusCodes.Status200OK, contentType: "text/xml")
            .DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, OaiProvider provider, IOptions<OaiOptions> options, CancellationToken ct)
    {
        var request = await ReadAsync(http.Request, ct);
        var body = await provider.RespondAsync(request, LinksFor(http.Request, options.Value), ct);
        return TypedResults.Bytes(body, XmlContentType);
    }

    private static async Task<OaiRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return OaiRequest.Parse(request.Query);
        }

        if (!request.HasFormContentType)
        {
            return OaiRequest.Fail(null, new OaiError(OaiError.BadArgument,
                "A POST must be application/x-www-form-urlencoded, with the arguments in the body."));
        }

        var form = await request.ReadFormAsync(ct);
        return OaiRequest.Parse(form.Select(f => new KeyValuePair<string, StringValues>(f.Key, f.Value)));
    }

    private static OaiLinks LinksFor(HttpRequest request, OaiOptions options)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        if (options.BaseUrl is not { } configured)
        {
            return new OaiLinks(origin + Path, origin);
        }

        var trimmed = configured.TrimEnd('/');
        var apiBase = trimmed.EndsWith(Path, StringComparison.Ordinal) ? trimmed[..^Path.Length] : new Uri(trimmed).GetLeftPart(UriPartial.Authority);
        return new OaiLinks(trimmed, apiBase);
    }
}
