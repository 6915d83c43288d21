using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Marc.Cli.Stats;

/// <summary>The machine-readable <c>stats --json</c> report (one indented JSON object; camelCase names).</summary>
internal static class StatsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, StatsCollector stats, StatsRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(run);

        // The report is small (its size is bounded by the distinct tags), so it is built in memory and written at once.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", run.InputName);
            json.WriteString("format", run.FormatName);
            json.WriteNumber("records", stats.Records);
            json.WriteNumber("recordsSkipped", run.RecordsSkipped);
            json.WriteNumber("recordsWithProblems", stats.RecordsWithProblems);
            json.WriteNumber("problems", stats.Problems);
            json.WriteNumber("bytes", run.Bytes);
            json.WriteNumber("elapsedSeconds", Math.Round(run.Elapsed.TotalSeconds, 3));
            json.WriteNumber("recordsPerSecond", Math.Round(run.RecordsPerSecond(stats.Records), 1));
            json.WriteNumber("megabytesPerSecond", Math.Round(run.MegabytesPerSecond, 2));
            WriteCodes(json, "encodings", stats.Encodings, LeaderCodes.Encoding);
            WriteCodes(json, "recordTypes", stats.RecordTypes, LeaderCodes.RecordType);

            json.WriteStartObject("identifiers");
            json.WriteNumber("recordsWithIsbn", stats.RecordsWithIsbn);
            json.WriteNumber("recordsWithValidIsbn", stats.RecordsWithValidIsbn);
            json.WriteNumber("validIsbn13s", stats.ValidIsbn13s);
            json.WriteNumber("invalidIsbns", stats.InvalidIsbns);
            json.WriteNumber("recordsWithIssn", stats.RecordsWithIssn);
            json.WriteNumber("recordsWithOclcNumber", stats.RecordsWithOclcNumber);
            json.WriteEndObject();

            json.WriteNumber("distinctTags", stats.Tags.Count);
            json.WriteStartArray("tags");
            foreach (var tag in stats.TopTags(run.TopTags))
            {
                json.WriteStartObject();
                json.WriteString("tag", tag.Tag);
                json.WriteNumber("occurrences", tag.Occurrences);
                json.WriteNumber("records", tag.Records);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteCodes(Utf8JsonWriter json, string name, Dictionary<char, long> counts, Func<char, string> describe)
    {
        json.WriteStartArray(name);
        foreach (var (code, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key))
        {
            json.WriteStartObject();
            json.WriteString("code", code.ToString());
            json.WriteString("name", describe(code));
            json.WriteNumber("records", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
