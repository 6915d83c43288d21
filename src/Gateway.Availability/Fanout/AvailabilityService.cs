using Gateway.Availability.Answers;
using Gateway.Availability.Options;
using Gateway.Availability.Resolution;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Fanout;

/// <summary>
/// Answers availability for some records: finds which systems may hold them, asks those systems (and only those) in
/// parallel, each within the system budget (<see cref="AvailabilityOptions.SystemBudget"/>: one deadline for the
/// whole request), and assembles one answer per holding library. One system's failure never fails the answer.
/// </summary>
/// <remarks>
/// The vendors are asked as soon as the candidates are known (a source id names its system; a consolidated id needs
/// its members), while the catalogue confirms them (deleted records, libraries): the confirmation's queries overlap the
/// vendor calls instead of coming before them. Only confirmed sources, and the systems holding them, reach the answer.
/// </remarks>
internal sealed class AvailabilityService(
    IRecordSources sources, SystemAsker asker, AnswerAssembler assembler, ISystemsRegistry registry,
    IOptions<AvailabilityOptions> options, TimeProvider clock)
{
    public async Task<AvailabilityAnswer> LookupAsync(IReadOnlyList<string> ids, bool withItems, CancellationToken callerGone)
    {
        var settings = options.Value;
        using var budget = new CancellationTokenSource(settings.SystemBudget, clock);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(callerGone, budget.Token);

        var started = clock.GetTimestamp();
        var candidates = await sources.CandidatesAsync(ids, deadline.Token);
        var now = clock.GetUtcNow();

        // Systems of the registry are asked now; a candidate of a system it does not enable waits for confirmation
        // (and then answers with the registry's error, as any confirmed source of such a system does).
        var asks = Ask(candidates.SourceIds.Select(RecordIds.SplitSource).Where(s => registry.Find(s.SystemId) is { Enabled: true }), now, deadline.Token, callerGone);
        IReadOnlyDictionary<string, ResolvedRecord> resolved;
        try
        {
            resolved = await sources.ConfirmAsync(candidates, deadline.Token);
        }
        catch
        {
            _ = Task.WhenAll(asks.Values).ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }

        AvailabilityMetrics.ResolutionDuration.Record(clock.GetElapsedTime(started).TotalMilliseconds);
        var found = ids.Select(id => resolved.GetValueOrDefault(id) ?? new ResolvedRecord(id, [])).ToList();
        var holding = found.SelectMany(r => r.Sources).ToList();
        foreach (var (system, ask) in Ask(holding.Where(s => !asks.ContainsKey(s.SystemId)).Select(s => (s.SystemId, s.VendorRecordId)), now, deadline.Token, callerGone))
        {
            asks[system] = ask;
        }

        var results = await Task.WhenAll(asks.Values);
        callerGone.ThrowIfCancellationRequested();
        var holders = holding.Select(s => s.SystemId).ToHashSet(StringComparer.Ordinal);
        started = clock.GetTimestamp();
        var answer = assembler.Assemble(found, results.Where(r => holders.Contains(r.SystemId)).ToDictionary(r => r.SystemId, StringComparer.Ordinal), withItems);
        AvailabilityMetrics.AssemblyDuration.Record(clock.GetElapsedTime(started).TotalMilliseconds);
        return answer;
    }

    /// <summary>One ask a system (in system order), for its distinct vendor record ids.</summary>
    private Dictionary<string, Task<SystemResult>> Ask(
        IEnumerable<(string SystemId, string VendorRecordId)> sourceIds, DateTimeOffset now, CancellationToken deadline, CancellationToken callerGone) =>
        sourceIds
            .GroupBy(s => s.SystemId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => asker.AskAsync(g.Key, [.. g.Select(s => s.VendorRecordId).Distinct(StringComparer.Ordinal)], now, deadline, callerGone),
                StringComparer.Ordinal);
}
