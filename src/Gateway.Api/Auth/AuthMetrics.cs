using System.Diagnostics.Metrics;

namespace Gateway.Api.Auth;

/// <summary>The gateway's authentication counter (meter <c>Gateway</c>).</summary>
internal static class AuthMetrics
{
    public const string FailuresName = "gateway.auth.failures";

    private static readonly Meter Meter = new("Gateway");

    /// <summary>Requests refused, tagged <c>reason</c> (<see cref="AuthFailureNames"/>); never the key nor the client.</summary>
    public static Counter<long> Failures { get; } =
        Meter.CreateCounter<long>(FailuresName, description: "Requests refused by authentication or authorization, by reason");

    public static void Count(AuthFailure failure) => Failures.Add(1, new KeyValuePair<string, object?>("reason", failure.Name()));
}
