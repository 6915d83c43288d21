using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Catalogue.Search;

/// <summary>
/// Reports the search backlog (marks waiting for <see cref="ClusterSearchRefresher"/>) on <c>/health</c>: healthy with the
/// count as data; degraded above <see cref="DegradedAbove"/> marks, when search answers visibly lag ingest.
/// </summary>
internal sealed class SearchBacklogHealthCheck(ClusterSearchRefresher refresher) : IHealthCheck
{
    /// <summary>About a minute of ingest at the goal rate.</summary>
    public const long DegradedAbove = 300_000;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = refresher.Backlog;
        var data = new Dictionary<string, object> { ["backlog"] = backlog };
        var description = $"{backlog} search-row refreshes waiting";
        return Task.FromResult(backlog > DegradedAbove
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
