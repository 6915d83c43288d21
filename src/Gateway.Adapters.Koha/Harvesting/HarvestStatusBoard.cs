using System.Collections.Concurrent;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>Per system, when the last harvest attempt succeeded or failed and why: for health and operators.</summary>
public sealed class HarvestStatusBoard
{
    private readonly ConcurrentDictionary<string, SystemHarvestStatus> _status = new(StringComparer.Ordinal);

    /// <summary>The latest status of every system followed.</summary>
    public IReadOnlyDictionary<string, SystemHarvestStatus> Current => _status;

    internal void Succeeded(string systemId, DateTimeOffset at) =>
        _status.AddOrUpdate(systemId, _ => new(at, null, null), (_, s) => s with { LastSuccessAt = at, LastError = null });

    internal void Failed(string systemId, DateTimeOffset at, string reason) =>
        _status.AddOrUpdate(systemId, _ => new(null, at, reason), (_, s) => s with { LastFailureAt = at, LastError = reason });
}

/// <summary>The harvest status of one system.</summary>
/// <param name="LastSuccessAt">When a harvest pass last succeeded.</param>
/// <param name="LastFailureAt">When one last failed.</param>
/// <param name="LastError">Why the latest attempt failed, or null when it succeeded.</param>
public sealed record SystemHarvestStatus(DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, string? LastError);
