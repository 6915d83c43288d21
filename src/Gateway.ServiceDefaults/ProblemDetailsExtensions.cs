using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.ServiceDefaults;

/// <summary>RFC 9457 ProblemDetails for every error, with a stable <c>type</c> URI and the trace id.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>Base of the stable problem type URIs the gateway documents.</summary>
    public const string ProblemTypeBase = "https://nhs-library-hub.example/problems/";

    /// <summary>Adds ProblemDetails with a default type per status code and the trace id in every body.</summary>
    public static IServiceCollection AddGatewayProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (string.IsNullOrEmpty(problem.Type) || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypeBase + ProblemTypes.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError);
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString()
                ?? context.HttpContext.TraceIdentifier;
        });
}
