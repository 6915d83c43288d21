using System.Globalization;

namespace Gateway.Availability.Benchmarks;

/// <summary>Nearest-rank percentiles of a sample of latencies in milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sample, double p)
    {
        var sorted = sample.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Describe(IReadOnlyList<double> sample) =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {Of(sample, 50),7:F1} ms  p99 {Of(sample, 99),7:F1} ms  max {sample.Max(),7:F1} ms  (n={sample.Count})");
}
