using Microsoft.AspNetCore.Http;

namespace Gateway.ServiceDefaults;

/// <summary>The stable problem type names (appended to <see cref="ProblemDetailsExtensions.ProblemTypeBase"/>).</summary>
public static class ProblemTypes
{
    public const string NotFound = "not-found";
    public const string InvalidRequest = "invalid-request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string MethodNotAllowed = "method-not-allowed";
    public const string NotAcceptable = "not-acceptable";
    public const string PayloadTooLarge = "payload-too-large";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string TooManyRequests = "too-many-requests";
    public const string UpstreamFailure = "upstream-failure";
    public const string UpstreamTimeout = "upstream-timeout";
    public const string ServiceUnavailable = "service-unavailable";
    public const string InternalError = "internal-error";

    /// <summary>The default problem type name for an HTTP status code.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => InvalidRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => NotAcceptable,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status502BadGateway => UpstreamFailure,
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailable,
        StatusCodes.Status504GatewayTimeout => UpstreamTimeout,
        _ => InternalError,
    };

    /// <summary>The full type URI for a problem type name.</summary>
    public static string Uri(string name) => ProblemDetailsExtensions.ProblemTypeBase + name;
}
