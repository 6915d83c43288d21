using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// Sums the catalogue's write-turn histograms (<c>gateway.catalogue.write_turn.wait</c> and <c>.held</c>, by writer)
/// over a run, to say how much of ingest's time went waiting for the search stage (decision 0044).
/// </summary>
internal sealed class WriteTurnTotals : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Writer), (double Ms, long Count)> _totals = new();

    public WriteTurnTotals()
    {
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Gateway" && instrument.Name.StartsWith("gateway.catalogue.write_turn.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, ms, tags, _) =>
        {
            var writer = "?";
            foreach (var tag in tags)
            {
                if (tag.Key == "writer")
                {
                    writer = tag.Value as string ?? "?";
                }
            }

            _totals.AddOrUpdate((instrument.Name, writer), (ms, 1), (_, t) => (t.Ms + ms, t.Count + 1));
        });
        _listener.Start();
    }

    /// <summary>One line: each writer's turns, time waited and time held; null when no turn was taken (PostgreSQL).</summary>
    public string? Describe(TimeSpan run)
    {
        var writers = _totals.Keys.Select(k => k.Writer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (writers.Count == 0)
        {
            return null;
        }

        var parts = writers.Select(w =>
        {
            var wait = _totals.GetValueOrDefault(("gateway.catalogue.write_turn.wait", w));
            var held = _totals.GetValueOrDefault(("gateway.catalogue.write_turn.held", w));
            return string.Create(CultureInfo.InvariantCulture,
                $"{w} {wait.Count:N0} turns, waited {wait.Ms / 1000:F1} s ({wait.Ms / 10 / run.TotalSeconds:F1} % of the run), held {held.Ms / 1000:F1} s");
        });
        return "write turns: " + string.Join("; ", parts);
    }

    public void Dispose() => _listener.Dispose();
}
