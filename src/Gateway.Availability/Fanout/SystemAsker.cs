using Gateway.Availability.Adapters;
using Gateway.Availability.Answers;
using Gateway.Availability.Caching;
using Gateway.Availability.Options;
using Gateway.Systems;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Fanout;

/// <summary>
/// One system's part of a request: records fresh in the cache are answered from it without a call; the rest are asked
/// of the system's adapter in batches of <see cref="AvailabilityOptions.MaxIdsPerCall"/> (in parallel), within the
/// request's budget. Live answers feed the cache; when a batch fails its records answer from the cache (<c>stale</c>)
/// or not at all (<c>unknown</c>), and the system's outcome says why.
/// </summary>
internal sealed class SystemAsker(
    ISystemsRegistry registry, AdapterLookups adapters, AvailabilityCache cache, IOptions<AvailabilityOptions> options,
    TimeProvider clock, ILogger<SystemAsker> logger)
{
    public async Task<SystemResult> AskAsync(
        string systemId, IReadOnlyList<string> vendorRecordIds, DateTimeOffset now, CancellationToken deadline, CancellationToken callerGone)
    {
        var settings = options.Value;
        var started = clock.GetTimestamp();
        var states = new Dictionary<string, RecordState>(StringComparer.Ordinal);
        var notFound = new HashSet<string>(StringComparer.Ordinal);
        var toAsk = new List<string>();
        foreach (var id in vendorRecordIds)
        {
            var cached = cache.Get(systemId, id);
            if (cached is { Complete: true, AsOf: { } asOf } && now - asOf <= settings.FreshFor && settings.FreshFor > TimeSpan.Zero)
            {
                states[id] = new RecordState(cached, AnswerSource.CacheHit);
            }
            else
            {
                toAsk.Add(id);
            }
        }

        var fromCache = states.Count;
        var outcome = SystemOutcome.Ok;
        var batches = toAsk.Chunk(settings.MaxIdsPerCall).ToList();
        if (registry.Find(systemId) is not { Enabled: true } regional)
        {
            outcome = new SystemOutcome(Outcomes.Error, $"'{systemId}' is not an enabled system of the registry");
            Fallback(systemId, toAsk, states);
        }
        else if (batches.Count > 0)
        {
            var answers = await Task.WhenAll(batches.Select(batch => CallAsync(regional, batch, deadline, callerGone)));
            for (var i = 0; i < batches.Count; i++)
            {
                var (answer, batchOutcome) = answers[i];
                if (answer is null)
                {
                    outcome = outcome == SystemOutcome.Ok ? batchOutcome : outcome;
                    Fallback(systemId, batches[i], states);
                    continue;
                }

                Store(systemId, batches[i], answer, states, notFound);
            }
        }

        var elapsed = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        var system = new KeyValuePair<string, object?>("system", systemId);
        AvailabilityMetrics.SystemOutcomes.Add(1, system, new("outcome", outcome.Outcome));
        AvailabilityMetrics.CacheHits.Add(fromCache, system);
        AvailabilityMetrics.SystemDuration.Record(elapsed, system);
        if (outcome != SystemOutcome.Ok)
        {
            AvailabilityLog.SystemFailed(logger, systemId, outcome.Outcome, outcome.Reason ?? "", elapsed);
        }

        return new SystemResult(systemId, outcome, states, notFound, fromCache, batches.Count, elapsed);
    }

    private async Task<(AdapterAnswer? Answer, SystemOutcome Outcome)> CallAsync(
        RegionalSystem system, string[] batch, CancellationToken deadline, CancellationToken callerGone)
    {
        var started = clock.GetTimestamp();
        try
        {
            return (await adapters.For(system).LookupAsync(system, batch, deadline), SystemOutcome.Ok);
        }
        catch (Exception e) when (!callerGone.IsCancellationRequested && e is not OutOfMemoryException)
        {
            var settings = options.Value;
            return (null, OutcomeClassifier.Classify(e, settings.SystemBudget, clock.GetElapsedTime(started), settings.EffectiveAttemptTimeout));
        }
    }

    private void Store(string systemId, string[] batch, AdapterAnswer answer, Dictionary<string, RecordState> states, HashSet<string> notFound)
    {
        foreach (var record in answer.Records ?? [])
        {
            if (record.VendorRecordId is not { } id || !batch.Contains(id, StringComparer.Ordinal))
            {
                continue;
            }

            var asOf = record.AsOf == default ? answer.AsOf : record.AsOf;
            var items = (record.Items ?? []).Where(i => i.VendorItemId is not null).Select(i => ToCached(i, asOf));
            states[id] = new RecordState(cache.PutLive(systemId, id, asOf, items), AnswerSource.Live);
        }

        foreach (var id in answer.NotFound ?? [])
        {
            if (batch.Contains(id, StringComparer.Ordinal))
            {
                cache.Remove(systemId, id);
                notFound.Add(id);
            }
        }

        // An id the adapter neither answered nor listed as unknown: say what the cache knows, as after a failure.
        Fallback(systemId, batch.Where(id => !states.ContainsKey(id) && !notFound.Contains(id)), states);
    }

    private void Fallback(string systemId, IEnumerable<string> ids, Dictionary<string, RecordState> states)
    {
        foreach (var id in ids)
        {
            states[id] = new RecordState(cache.Get(systemId, id), AnswerSource.CacheFallback);
        }
    }

    private static CachedItem ToCached(AdapterItem item, DateTimeOffset asOf)
    {
        var (status, vendorStatus) = ItemStatusNormaliser.Normalise(item.Status, item.VendorStatus);
        return new CachedItem(
            item.VendorItemId!, item.LibraryCode ?? item.HoldingLibraryCode ?? "", item.HoldingLibraryCode, item.Location,
            item.CallNumber, status, vendorStatus, item.DueDate, asOf);
    }
}
