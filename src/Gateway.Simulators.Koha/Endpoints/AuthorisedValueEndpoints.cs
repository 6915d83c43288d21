using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>
/// GET /authorised_value_categories/{authorised_value_category_name}/authorised_values (paths/authorised_values.yaml):
/// the labels of item codes: LOC (with each library's own location), CCODE, NOT_LOAN, LOST, DAMAGED, WITHDRAWN, RESTRICTED.
/// </summary>
internal static class AuthorisedValueEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/authorised_value_categories/{authorised_value_category_name}/authorised_values", ListAsync);

    private static async Task<IResult> ListAsync(HttpContext context, string authorised_value_category_name, SystemCatalogue catalogue,
        IOptions<KohaSimulatorOptions> options)
    {
        if (ShelvingCodes.Category(authorised_value_category_name, catalogue.Libraries) is not { } values)
        {
            return KohaErrors.NotFound("Category");
        }

        var map = AuthorisedValueFields.For(values);
        var page = await ListQuery.RunAsync(context, values, map, options.Value);
        return KohaResults.Json(page, map);
    }
}
