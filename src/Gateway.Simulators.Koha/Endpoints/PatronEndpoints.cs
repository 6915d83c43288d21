using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Patrons;
using Gateway.Simulators.Koha.Query;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>
/// /patrons and everything under it answer with fake patron data (calls are counted by the call-counting
/// middleware). A gateway that only needs catalogue and availability data should never come here.
/// </summary>
internal static class PatronEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/patrons", ListAsync);
        api.MapGet("/patrons/{patron_id}", Get);
        api.MapMethods("/patrons/{patron_id}/{**rest}", ["GET", "POST", "PUT", "PATCH", "DELETE"], (string patron_id) => Get(patron_id));
    }

    private static async Task<IResult> ListAsync(HttpContext context, IOptions<KohaSimulatorOptions> options)
    {
        var page = await ListQuery.RunAsync(context, FakePatrons.All, FakePatrons.Map, options.Value);
        return KohaResults.Json(page, FakePatrons.Map);
    }

    private static IResult Get(string patron_id)
    {
        var id = KohaResults.PathId(patron_id, "patron_id");
        return FakePatrons.All.FirstOrDefault(p => p.PatronId == id) is { } patron
            ? KohaResults.Json(patron, FakePatrons.Map)
            : KohaErrors.NotFound("Patron");
    }
}
