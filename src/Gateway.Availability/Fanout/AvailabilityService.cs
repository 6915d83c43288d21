using Gateway.Availability.Answers;
using Gateway.Availability.Options;
using Gateway.Availability.Resolution;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Fanout;

/// <summary>
/// Answers availability for some records: resolves which systems hold them, asks those systems (and only those) in
/// parallel, each within the system budget (<see cref="AvailabilityOptions.SystemBudget"/>: one deadline for the
/// whole request), and assembles one answer per holding library. One system's failure never fails the answer.
/// </summary>
internal sealed class AvailabilityService(
    IRecordSources sources, SystemAsker asker, AnswerAssembler assembler, IOptions<AvailabilityOptions> options, TimeProvider clock)
{
    /// <summary>The answer, or null for an id that is not found when <paramref name="ids"/> is a single id.</summary>
    public async Task<AvailabilityAnswer> LookupAsync(IReadOnlyList<string> ids, bool withItems, CancellationToken callerGone)
    {
        var settings = options.Value;
        using var budget = new CancellationTokenSource(settings.SystemBudget, clock);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(callerGone, budget.Token);

        var started = clock.GetTimestamp();
        var resolved = await sources.ResolveAsync(ids, deadline.Token);
        AvailabilityMetrics.ResolutionDuration.Record(clock.GetElapsedTime(started).TotalMilliseconds);
        var found = ids.Select(id => resolved.GetValueOrDefault(id) ?? new ResolvedRecord(id, [])).ToList();
        var now = clock.GetUtcNow();
        var bySystem = found.SelectMany(r => r.Sources)
            .GroupBy(s => s.SystemId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => asker.AskAsync(g.Key, [.. g.Select(s => s.VendorRecordId).Distinct(StringComparer.Ordinal)], now, deadline.Token, callerGone))
            .ToList();
        var results = await Task.WhenAll(bySystem);
        callerGone.ThrowIfCancellationRequested();
        started = clock.GetTimestamp();
        var answer = assembler.Assemble(found, results.ToDictionary(r => r.SystemId, StringComparer.Ordinal), withItems);
        AvailabilityMetrics.AssemblyDuration.Record(clock.GetElapsedTime(started).TotalMilliseconds);
        return answer;
    }
}
