using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Options;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>
/// GET|POST /cgi-bin/koha/oai.pl (opac/oai.pl, Koha::OAI::Server in simple mode): the six OAI-PMH 2.0 verbs, no
/// authentication, protocol errors in-band with HTTP 200. Formats oai_dc, marc21 and marcxml; no sets (ListSets and
/// set= answer noSetHierarchy); deleted biblios kept persistently with status="deleted" headers; lists by biblionumber,
/// MaxCount per page, with a stateless resumptionToken and an empty one on the last page of a paged list.
/// </summary>
internal static class OaiPmhEndpoints
{
    private static readonly string[] Prefixes = ["oai_dc", "marc21", "marcxml"];

    private static readonly Dictionary<string, (string[] Required, string[] Optional, string? Exclusive)> Verbs = new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], [], null),
        ["ListMetadataFormats"] = ([], ["identifier"], null),
        ["ListSets"] = ([], [], "resumptionToken"),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set"], "resumptionToken"),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set"], "resumptionToken"),
        ["GetRecord"] = (["identifier", "metadataPrefix"], [], null),
    };

    public static void Map(IEndpointRouteBuilder app) => app.MapMethods("/cgi-bin/koha/oai.pl", ["GET", "POST"], HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        if (!settings.OaiPmh.Enabled)
        {
            return Results.Redirect("/cgi-bin/koha/errors/404.pl");
        }

        var parameters = await CgiParameters.ReadAsync(context.Request);
        var baseUrl = context.Request.Scheme + "://" + context.Request.Host.Value + context.Request.PathBase.Value + context.Request.Path.Value;
        var now = time.GetUtcNow();
        var verb = parameters.TryGetValue("verb", out var verbs) && verbs.Count == 1 ? verbs.ToString() : null;
        if (verb is null || !Verbs.TryGetValue(verb, out var spec))
        {
            return Respond(new OaiWriter(now, baseUrl, []), w => w.Error("badVerb", "Illegal OAI verb"));
        }

        if (ArgumentProblem(parameters, spec) is { } problem)
        {
            return Respond(new OaiWriter(now, baseUrl, []), w => w.Error("badArgument", problem));
        }

        var echo = parameters.Select(p => (p.Key, p.Value.ToString())).ToList();
        var repository = new OaiRepository(catalogue.Current, settings, catalogue.SystemId);
        return Respond(new OaiWriter(now, baseUrl, echo), w => repository.Answer(w, verb, Arg(parameters, "identifier"),
            Arg(parameters, "metadataPrefix"), Arg(parameters, "from"), Arg(parameters, "until"), Arg(parameters, "set"),
            parameters.ContainsKey("resumptionToken") ? Arg(parameters, "resumptionToken") : null, Prefixes));
    }

    private static string Arg(IReadOnlyDictionary<string, StringValues> parameters, string name) => parameters.GetValueOrDefault(name).ToString();

    private static string? ArgumentProblem(IReadOnlyDictionary<string, StringValues> parameters, (string[] Required, string[] Optional, string? Exclusive) spec)
    {
        if (parameters.FirstOrDefault(p => p.Value.Count > 1) is { Key: not null } repeated)
        {
            return "Argument " + repeated.Key + " is repeated";
        }

        var names = parameters.Keys.Where(k => k != "verb").ToList();
        if (names.FirstOrDefault(n => !spec.Required.Contains(n) && !spec.Optional.Contains(n) && n != spec.Exclusive) is { } illegal)
        {
            return "Illegal argument " + illegal;
        }

        if (spec.Exclusive is { } exclusive && names.Contains(exclusive))
        {
            return names.Count == 1 ? null : exclusive + " is an exclusive argument";
        }

        if (spec.Required.FirstOrDefault(r => !names.Contains(r)) is { } missing)
        {
            return "Missing argument " + missing;
        }

        return new OaiRange(parameters.GetValueOrDefault("from").ToString(), parameters.GetValueOrDefault("until").ToString()).Problem();
    }

    private static IResult Respond(OaiWriter writer, Action<OaiWriter> body)
    {
        using (writer)
        {
            body(writer);
            return Results.Bytes(writer.Finish(), "text/xml; charset=UTF-8");
        }
    }
}
