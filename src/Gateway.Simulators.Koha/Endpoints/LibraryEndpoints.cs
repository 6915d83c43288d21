using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>GET /libraries and /libraries/{library_id} (paths/libraries.yaml).</summary>
internal static class LibraryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/libraries", ListAsync);
        api.MapGet("/libraries/{library_id}", Get);
    }

    private static async Task<IResult> ListAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        var page = await ListQuery.RunAsync(context, catalogue.Libraries.ToList(), LibraryFields.Map, options.Value);
        return KohaResults.Json(page, LibraryFields.Map);
    }

    private static IResult Get(string library_id, SystemCatalogue catalogue) =>
        catalogue.Libraries.FirstOrDefault(l => string.Equals(l.Code, library_id, StringComparison.OrdinalIgnoreCase)) is { } library
            ? KohaResults.Json(library, LibraryFields.Map)
            : KohaErrors.NotFound("Library");
}
