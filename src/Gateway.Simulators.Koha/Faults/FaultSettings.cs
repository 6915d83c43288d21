using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gateway.Simulators.Koha.State;

namespace Gateway.Simulators.Koha.Faults;

/// <summary>
/// Faults injected into Koha responses (POST /_sim/faults): /api/v1 and the CGI endpoints (ilsdi.pl, oai.pl).
/// Rates are probabilities per request, checked in this order: timeout, 429, 500, connection drop, malformed,
/// truncated MARC; latency applies to every request first. <see cref="Routes"/> limits all of them to some routes.
/// </summary>
internal sealed record FaultSettings : IValidatableObject
{
    public static readonly FaultSettings None = new();

    [Range(0, 600_000)]
    public int LatencyMs { get; init; }

    /// <summary>500 with Koha's internal_server_error body.</summary>
    [Range(0.0, 1.0)]
    public double ErrorRate { get; init; }

    /// <summary>200 whose body is cut short and garbled.</summary>
    [Range(0.0, 1.0)]
    public double MalformedRate { get; init; }

    /// <summary>No answer until the client gives up (or 10 minutes pass).</summary>
    [Range(0.0, 1.0)]
    public double TimeoutRate { get; init; }

    /// <summary>429 Too Many Requests with Retry-After.</summary>
    [Range(0.0, 1.0)]
    public double Status429Rate { get; init; }

    [Range(0, 3600)]
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The connection is aborted after part of the body was sent (headers promise the whole length).</summary>
    [Range(0.0, 1.0)]
    public double ConnectionDropRate { get; init; }

    /// <summary>ISO 2709 (application/marc) bodies end in the middle of a record, with a 200 and a matching Content-Length.</summary>
    [Range(0.0, 1.0)]
    public double TruncatedMarcRate { get; init; }

    /// <summary>Tokens issued from now on live this long (null: KohaSimulator:TokenLifetimeSeconds).</summary>
    [Range(1, 30 * 86_400)]
    public int? TokenLifetimeSeconds { get; init; }

    /// <summary>A bearer token stops working after this many authenticated requests (0: never); Koha answers 401.</summary>
    [Range(0, 1_000_000)]
    public int ExpireTokensAfterRequests { get; init; }

    /// <summary>
    /// Route families or kinds the faults apply to (null or empty: all). Families: token, biblios, deleted_biblios,
    /// items, libraries, holds, checkouts, authorised_values, patrons, ilsdi, oai; kinds as in /_sim/stats calls.
    /// Token expiry by request count is not filtered (a token is for every route).
    /// </summary>
    public IReadOnlyList<string>? Routes { get; init; }

    [JsonIgnore]
    public bool IsNone => LatencyMs == 0 && ErrorRate == 0 && MalformedRate == 0 && TimeoutRate == 0 && Status429Rate == 0
        && ConnectionDropRate == 0 && TruncatedMarcRate == 0;

    /// <summary>True when the faults apply to a request of this route kind.</summary>
    public bool AppliesTo(string kind) => Routes is not { Count: > 0 } routes || routes.Any(r => RouteKinds.Matches(r, kind));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var route in Routes ?? [])
        {
            if (!RouteKinds.IsKnown(route))
            {
                yield return new ValidationResult(
                    $"Unknown route '{route}'. Families: {string.Join(", ", RouteKinds.Families)}; or a kind: {string.Join(", ", RouteKinds.Kinds)}.",
                    [nameof(Routes)]);
            }
        }
    }
}
