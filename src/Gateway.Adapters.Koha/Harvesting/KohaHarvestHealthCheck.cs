using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>Degraded while any Koha system's latest harvest attempt failed; names them and why.</summary>
internal sealed class KohaHarvestHealthCheck(HarvestStatusBoard status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = status.Current.Where(s => s.Value.LastError is not null).ToList();
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy($"{status.Current.Count} Koha system(s) harvesting")
            : HealthCheckResult.Degraded(string.Join("; ", failing.Select(f => $"{f.Key}: {f.Value.LastError}"))));
    }
}
