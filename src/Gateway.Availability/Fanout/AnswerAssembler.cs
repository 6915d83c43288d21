using Gateway.Availability.Answers;
using Gateway.Availability.Caching;
using Gateway.Availability.Options;
using Gateway.Availability.Resolution;
using Gateway.Contracts;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Fanout;

/// <summary>
/// Turns each system's part into one line per holding library: summary, freshness (computed from <c>asOf</c> and where
/// the answer came from), the system's outcome and the registry's request links. A library the catalogue knows but no
/// answer covers is listed as <c>unknown</c> rather than left out.
/// </summary>
internal sealed class AnswerAssembler(ISystemsRegistry registry, IOptions<AvailabilityOptions> options, TimeProvider clock)
{
    public AvailabilityAnswer Assemble(IReadOnlyList<ResolvedRecord> records, IReadOnlyDictionary<string, SystemResult> systems, bool withItems)
    {
        var now = clock.GetUtcNow();
        var answers = records.Where(r => r.Found).Select(r => Record(r, systems, withItems, now)).ToList();
        var complete = answers.All(r => r.Complete) && systems.Values.All(s => s.Outcome.Outcome == Outcomes.Ok);
        return new AvailabilityAnswer(
            complete, now, (long)options.Value.Deadline.TotalMilliseconds, answers,
            [.. records.Where(r => !r.Found).Select(r => r.Id)], [.. systems.Values.Select(s => s.ToAnswer())]);
    }

    private RecordAnswer Record(ResolvedRecord record, IReadOnlyDictionary<string, SystemResult> systems, bool withItems, DateTimeOffset now)
    {
        var libraries = new List<LibraryAnswer>();
        foreach (var source in record.Sources)
        {
            var result = systems[source.SystemId];
            if (result.VendorNotFound.Contains(source.VendorRecordId))
            {
                continue;
            }

            var state = result.States.GetValueOrDefault(source.VendorRecordId) ?? new RecordState(null, AnswerSource.CacheFallback);
            var outcome = state.Source == AnswerSource.CacheFallback ? result.Outcome : SystemOutcome.Ok;
            var items = state.Record?.Items.Values ?? [];
            foreach (var library in items.GroupBy(i => i.LibraryCode, StringComparer.Ordinal))
            {
                var summary = LibrarySummariser.Summarise([.. library]);
                libraries.Add(Line(source, library.Key, summary, Freshness.Of(summary.AsOf, state.Source, now, options.Value.FreshFor), outcome,
                    withItems ? [.. library.OrderBy(i => i.VendorItemId.Length).ThenBy(i => i.VendorItemId, StringComparer.Ordinal).Select(Item)] : null));
            }

            if (state.Record is not { Complete: true })
            {
                foreach (var code in source.LibraryCodes.Where(c => !items.Any(i => i.LibraryCode == c)))
                {
                    libraries.Add(Line(source, code, LibrarySummariser.Summarise([]), Freshness.Unknown, outcome, withItems ? [] : null));
                }
            }
        }

        libraries.Sort((a, b) => (string.CompareOrdinal(a.SystemId, b.SystemId), string.CompareOrdinal(a.LibraryCode, b.LibraryCode)) switch
        {
            (0, var byCode) => byCode,
            (var bySystem, _) => bySystem,
        });
        var complete = libraries.All(l => l.Freshness is Freshness.Live or Freshness.Cached);
        return new RecordAnswer(record.Id, complete, libraries);
    }

    private LibraryAnswer Line(
        SourceHolding source, string libraryCode, LibrarySummary summary, string freshness, SystemOutcome outcome, IReadOnlyList<ItemAnswer>? items)
    {
        var library = registry.Find(source.SystemId)?.Libraries.FirstOrDefault(l => l.Code == libraryCode);
        var links = library?.RequestLinks.For(source.VendorRecordId, libraryCode);
        return new LibraryAnswer(
            source.SystemId, source.VendorRecordId, libraryCode, library?.Name, summary.ItemCount == 0 ? ItemStatuses.Unknown : summary.Status,
            summary.UnknownVendorStatuses, summary.NextDue, summary.Location, summary.CallNumber, summary.ItemCount, summary.Counts,
            summary.AsOf, freshness, outcome.Outcome, outcome.Reason, links is { IsEmpty: false } ? links : null, items);
    }

    private static ItemAnswer Item(CachedItem item) =>
        new(item.VendorItemId, item.Status, item.VendorStatus, item.DueDate, item.Location, item.CallNumber, item.HoldingLibraryCode, item.AsOf);
}
