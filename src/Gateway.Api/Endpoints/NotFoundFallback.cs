using Gateway.ServiceDefaults;

namespace Gateway.Api.Endpoints;

/// <summary>Any path nothing else answers: a 404 ProblemDetails that points to the API's documentation.</summary>
internal static class NotFoundFallback
{
    public static IResult Handle(HttpContext context) =>
        TypedResults.Problem(
            detail: $"No resource at '{context.Request.Path}'. The API is described at /openapi/v1.json and /docs.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found",
            type: ProblemTypes.Uri(ProblemTypes.NotFound));
}
