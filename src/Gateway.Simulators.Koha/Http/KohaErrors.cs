using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Http;

/// <summary>Koha's error bodies: {"error": "...", "error_code": "..."} (error_code omitted where Koha omits it).</summary>
internal static class KohaErrors
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly string[] MarcMediaTypes =
        ["application/json", "application/marcxml+xml", "application/marc-in-json", "application/marc", "text/plain"];

    public static IResult Error(int status, string error, string? code = null) =>
        TypedResults.Json(new ErrorBody(error, code), Json, statusCode: status);

    public static IResult NotFound(string resource) => Error(StatusCodes.Status404NotFound, resource + " not found", "not_found");

    public static IResult AuthenticationFailure(string message = "Authentication failure.") => Error(StatusCodes.Status401Unauthorized, message);

    public static IResult InternalError() =>
        Error(StatusCodes.Status500InternalServerError, "Something went wrong, check the logs.", "internal_server_error");

    public static IResult InvalidQuery(string message) => Error(StatusCodes.Status400BadRequest, message, "invalid_query");

    public static IResult NotAcceptable(IReadOnlyList<string> acceptable) =>
        TypedResults.Json(acceptable, Json, statusCode: StatusCodes.Status406NotAcceptable);

    public static IResult BadParameters(BadParameterException e)
    {
        var errors = e.Errors.Select(x => new ParameterBody(x.Path, x.Message)).ToList();
        return e.OpenApiShape
            ? TypedResults.Json(new OpenApiBody(errors, StatusCodes.Status400BadRequest), Json, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Json(errors, Json, statusCode: StatusCodes.Status400BadRequest);
    }

    internal sealed record ErrorBody(string Error, string? ErrorCode);

    internal sealed record ParameterBody(string Path, string Message);

    internal sealed record OpenApiBody(IReadOnlyList<ParameterBody> Errors, int Status);
}
