using System.Globalization;

namespace Gateway.Marc.Cli.Stats;

/// <summary>The human-readable <c>stats</c> report: aligned label/value lines in sections.</summary>
internal static class StatsTextWriter
{
    public static void Write(TextWriter output, StatsCollector stats, StatsRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(run);

        Line(output, "file", $"{run.InputName} ({(run.FormatName == "marcxml" ? "MARCXML" : "binary MARC")})");
        Line(output, "records", stats.Records);
        Line(output, "records skipped", run.RecordsSkipped);
        Line(output, "records with problems", stats.RecordsWithProblems);
        Line(output, "problems", stats.Problems);
        Line(output, "bytes", run.Bytes);
        Line(output, "elapsed", Invariant($"{run.Elapsed.TotalSeconds:F2} s"));
        Line(output, "records/s", Invariant($"{run.RecordsPerSecond(stats.Records):F0}"));
        Line(output, "MB/s", Invariant($"{run.MegabytesPerSecond:F1}"));

        output.WriteLine();
        output.WriteLine("encodings (leader/09)");
        foreach (var (code, count) in stats.Encodings.OrderByDescending(e => e.Value))
        {
            Line(output, $"  '{code}' {LeaderCodes.Encoding(code)}", count);
        }

        output.WriteLine();
        output.WriteLine("record types (leader/06)");
        foreach (var (code, count) in stats.RecordTypes.OrderByDescending(e => e.Value))
        {
            Line(output, $"  '{code}' {LeaderCodes.RecordType(code)}", count);
        }

        output.WriteLine();
        output.WriteLine("identifiers");
        Line(output, "  records with an ISBN (020 $a)", stats.RecordsWithIsbn);
        Line(output, "  records with a valid ISBN", stats.RecordsWithValidIsbn);
        Line(output, "  valid ISBN-13s", stats.ValidIsbn13s);
        Line(output, "  invalid ISBNs", stats.InvalidIsbns);
        Line(output, "  records with an ISSN (022)", stats.RecordsWithIssn);
        Line(output, "  records with an OCLC number", stats.RecordsWithOclcNumber);

        var tags = stats.TopTags(run.TopTags);
        output.WriteLine();
        output.WriteLine(tags.Count < stats.Tags.Count
            ? Invariant($"tags (top {tags.Count} of {stats.Tags.Count} by occurrences; --all lists every tag)")
            : Invariant($"tags ({stats.Tags.Count}, by occurrences)"));
        output.WriteLine(Invariant($"  {"tag",-5}{"occurrences",12}{"records",12}"));
        foreach (var tag in tags)
        {
            output.WriteLine(Invariant($"  {tag.Tag,-5}{tag.Occurrences,12}{tag.Records,12}"));
        }
    }

    private static void Line(TextWriter output, string label, long value) => Line(output, label, Invariant($"{value}"));

    private static void Line(TextWriter output, string label, string value) => output.WriteLine(Invariant($"{label,-38} {value}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
