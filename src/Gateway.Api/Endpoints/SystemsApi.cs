using Gateway.Adapters.Koha.Harvesting;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gateway.Api.Endpoints;

/// <summary><c>GET /api/v1/systems</c> and <c>GET /api/v1/systems/{id}</c>: the regional systems registry.</summary>
internal static class SystemsApi
{
    public static RouteGroupBuilder MapSystemsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/systems").WithTags("Systems");
        group.MapGet("/", (ISystemsRegistry registry, IServiceProvider services) =>
                TypedResults.Ok(registry.All.Select(s => SystemResponse.From(s, services.GetService<HarvestStatusBoard>())).ToList()))
            .WithName("ListSystems")
            .WithSummary("The regional library systems behind the gateway: vendor, region, libraries, harvest status.");
        group.MapGet("/{id}", Results<Ok<SystemResponse>, ProblemHttpResult> (string id, ISystemsRegistry registry, IServiceProvider services) =>
                registry.Find(id) is { } system
                    ? TypedResults.Ok(SystemResponse.From(system, services.GetService<HarvestStatusBoard>()))
                    : TypedResults.Problem(
                        detail: $"No regional system '{id}'. GET /api/v1/systems lists them.",
                        statusCode: StatusCodes.Status404NotFound,
                        title: "Not found",
                        type: ProblemTypes.Uri(ProblemTypes.NotFound)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSystem")
            .WithSummary("One regional system.");
        return group;
    }
}
