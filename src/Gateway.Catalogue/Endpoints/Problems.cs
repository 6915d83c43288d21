using Gateway.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Catalogue.Endpoints;

/// <summary>The catalogue's ProblemDetails, each with a stable type.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        Make(StatusCodes.Status404NotFound, "Not found", ProblemTypes.NotFound, detail);

    public static ProblemHttpResult Gone(string detail) =>
        Make(StatusCodes.Status410Gone, "Record deleted", "record-deleted", detail);

    public static ProblemHttpResult InvalidRequest(string detail) =>
        Make(StatusCodes.Status400BadRequest, "Invalid request", ProblemTypes.InvalidRequest, detail);

    public static ProblemHttpResult NotAcceptable(string detail) =>
        Make(StatusCodes.Status406NotAcceptable, "Not acceptable", ProblemTypes.NotAcceptable, detail);

    public static ProblemDetails Validation(IDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid query",
            Type = ProblemTypes.Uri(ProblemTypes.InvalidRequest),
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
        };

    private static ProblemHttpResult Make(int status, string title, string type, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: ProblemTypes.Uri(type));
}
