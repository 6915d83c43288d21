using System.Text.Json;

namespace Gateway.Marc.Cli.Tests;

public sealed class StatsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Json_stats_count_records_encodings_types_identifiers_and_tags()
    {
        var mrc = _temp.File("mixed.mrc", TestMarc.Concat([
            Iso2709Writer.ToBytes(TestMarc.Clean()),
            Iso2709Writer.ToBytes(TestMarc.BadIsbn()),
            TestMarc.AsMarc8(Iso2709Writer.ToBytes(TestMarc.Untitled())),
            TestMarc.WithWrongLength(Iso2709Writer.ToBytes(TestMarc.Unicode())),
        ]));

        var result = await Cli.RunAsync("stats", "--json", mrc);

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.OutputBytes);
        var stats = document.RootElement;
        Assert.Equal("iso2709", stats.GetProperty("format").GetString());
        Assert.Equal(4, stats.GetProperty("records").GetInt64());
        Assert.Equal(1, stats.GetProperty("recordsWithProblems").GetInt64());
        Assert.Equal(new FileInfo(mrc).Length, stats.GetProperty("bytes").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["a"] = 3, [" "] = 1 }, Codes(stats.GetProperty("encodings")));
        Assert.Equal(new Dictionary<string, long> { ["a"] = 4 }, Codes(stats.GetProperty("recordTypes")));

        var identifiers = stats.GetProperty("identifiers");
        Assert.Equal(2, identifiers.GetProperty("recordsWithIsbn").GetInt64());
        Assert.Equal(1, identifiers.GetProperty("recordsWithValidIsbn").GetInt64());
        Assert.Equal(1, identifiers.GetProperty("validIsbn13s").GetInt64());
        Assert.Equal(1, identifiers.GetProperty("invalidIsbns").GetInt64());
        Assert.Equal(1, identifiers.GetProperty("recordsWithIssn").GetInt64());
        Assert.Equal(1, identifiers.GetProperty("recordsWithOclcNumber").GetInt64());

        var tags = stats.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("tag").GetString()!, t => t.GetProperty("records").GetInt64());
        Assert.Equal(4, tags["001"]);
        Assert.Equal(3, tags["245"]);
        Assert.Equal(2, tags["020"]);
    }

    [Fact]
    public async Task Top_limits_the_tag_list_and_all_lists_every_tag()
    {
        var mrc = _temp.File("tags.mrc", TestMarc.Binary(TestMarc.Clean(), TestMarc.BadIsbn()));

        var top = await Cli.RunAsync("stats", "--json", "--top", "2", mrc);
        var all = await Cli.RunAsync("stats", "--json", "--all", "--top", "2", mrc);

        using var topDocument = JsonDocument.Parse(top.OutputBytes);
        using var allDocument = JsonDocument.Parse(all.OutputBytes);
        Assert.Equal(["001", "020"], topDocument.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("tag").GetString()));
        Assert.Equal(7, allDocument.RootElement.GetProperty("distinctTags").GetInt32());
        Assert.Equal(7, allDocument.RootElement.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task Text_stats_show_the_counts_in_labelled_lines()
    {
        var xml = _temp.File("records.xml", TestMarc.Xml(TestMarc.Clean(), TestMarc.BadIsbn(), TestMarc.Unicode()));

        var result = await Cli.RunAsync("stats", xml);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Contains(lines, line => line.StartsWith("file ", StringComparison.Ordinal) && line.EndsWith("(MARCXML)", StringComparison.Ordinal));
        Assert.Contains(lines, line => Label(line) == "records" && Value(line) == "3");
        Assert.Contains(lines, line => Label(line) == "'a' UTF-8" && Value(line) == "3");
        Assert.Contains(lines, line => Label(line) == "records with an ISBN (020 $a)" && Value(line) == "2");
        Assert.Contains(lines, line => Label(line) == "records/s");
        Assert.Contains(lines, line => line.Trim().StartsWith("245 ", StringComparison.Ordinal));
    }

    private static Dictionary<string, long> Codes(JsonElement array) =>
        array.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("records").GetInt64());

    private static string Label(string line) => line[..Math.Min(38, line.Length)].Trim();

    private static string Value(string line) => line.Length > 38 ? line[38..].Trim() : "";
}
