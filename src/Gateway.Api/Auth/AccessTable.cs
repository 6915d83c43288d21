namespace Gateway.Api.Auth;

/// <summary>
/// The one table of what each path of the gateway needs (decision 0037). In-process endpoints get their policy from it
/// when mapped (<see cref="AccessConventions"/>), routes proxied by YARP look it up for each request
/// (<see cref="PathAccessHandler"/>), and the OpenAPI document declares it. First match wins; a path no line names needs
/// an operator (deny by default).
/// </summary>
internal static class AccessTable
{
    /// <summary>The rule for paths no line names.</summary>
    public static readonly AccessRule Unlisted = new("/{**rest}", Access.Operator);

    /// <summary>The lines, most specific first.</summary>
    public static readonly IReadOnlyList<AccessRule> Rules =
    [
        // Vendors push events signed with HMAC (X-Koha-Signature), checked by the endpoint: no key.
        new("/api/v1/vendor-events/{systemId}", Access.Signed),

        // Why a record is in its cluster shows the matching internals: operators.
        new("/api/v1/records/{id}/provenance", Access.Operator),
        new("/api/v1/records/{**rest}", Access.Hub),
        new("/api/v1/availability", Access.Hub),
        new("/api/v1/systems/{**rest}", Access.Hub),
        new("/oai", Access.Hub, AllowsBasic: true),

        new("/api/v1/ops/{**rest}", Access.Operator),
        new("/api/v1/adapters/{**rest}", Access.Internal),
        new("/metrics", Access.Operator),

        // Anyone may ask whether the gateway is up; the checks' details are for operators (HealthDetails).
        new("/health", Access.Open),
        new("/alive", Access.Open),
        new("/openapi/{**rest}", Access.Open),
        new("/docs/{**rest}", Access.Open),
    ];

    /// <summary>The rule for a request path or an endpoint's route pattern.</summary>
    public static AccessRule For(string? path)
    {
        var segments = PathSegments.Split(path ?? "");
        foreach (var rule in Rules)
        {
            if (PathSegments.Matches(rule.Segments, segments))
            {
                return rule;
            }
        }

        return Unlisted;
    }
}
