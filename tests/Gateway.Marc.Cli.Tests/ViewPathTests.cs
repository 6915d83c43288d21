using Gateway.Marc.Cli.Lint;
using Gateway.Marc.Cli.Stats;

namespace Gateway.Marc.Cli.Tests;

/// <summary>
/// <c>stats</c> and <c>lint</c> read binary input as views, without materialising records: they must give exactly
/// the figures and findings they give from the same records as <see cref="MarcRecord"/>s.
/// </summary>
public sealed class ViewPathTests(ITestOutputHelper output)
{
    [Fact]
    public void Stats_and_lint_from_views_equal_stats_and_lint_from_records_on_the_test_records()
    {
        var bytes = TestMarc.Concat([
            TestMarc.Binary(TestMarc.Clean(), TestMarc.BadIsbn(), TestMarc.Untitled(), TestMarc.Unicode(), Identifiers(), Authority()),
            TestMarc.AsMarc8(TestMarc.Binary(TestMarc.Clean())),
        ]);

        AssertSameBothWays(bytes, "test records");
    }

    [Fact]
    public void Stats_and_lint_from_views_equal_stats_and_lint_from_records_on_every_vendor_binary_file()
    {
        var folder = VendorFixtures.RequireBinaryFolder();
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameBothWays(File.ReadAllBytes(file), Path.GetFileName(file));
        }

        output.WriteLine($"{files.Count} files compared");
    }

    private static void AssertSameBothWays(byte[] bytes, string name)
    {
        var lenient = new MarcReadOptions { Lenient = true };
        var fromViews = new StatsCollector();
        var viewFindings = new List<string>();
        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(bytes), lenient))
        {
            fromViews.AddRecord(view);
            RecordChecks.Check(view, finding => viewFindings.Add(finding.ToLine()));
        }

        var fromRecords = new StatsCollector();
        var recordFindings = new List<string>();
        foreach (var read in Iso2709Reader.ReadWithPositions(new MemoryStream(bytes), lenient))
        {
            fromRecords.AddRecord(read.Record);
            recordFindings.AddRange(RecordChecks.Check(read.Record, read.Number).Select(f => f.ToLine()));
        }

        Assert.True(Figures(fromRecords) == Figures(fromViews), $"{name}: {Figures(fromRecords)} vs {Figures(fromViews)}");
        Assert.True(recordFindings.SequenceEqual(viewFindings), $"{name}: lint findings differ");
    }

    private static string Figures(StatsCollector stats) => string.Join("; ",
        $"records {stats.Records}",
        $"isbn {stats.RecordsWithIsbn}/{stats.RecordsWithValidIsbn}/{stats.ValidIsbn13s}/{stats.InvalidIsbns}",
        $"issn {stats.RecordsWithIssn}",
        $"oclc {stats.RecordsWithOclcNumber}",
        "encodings " + string.Join(",", stats.Encodings.OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value}")),
        "types " + string.Join(",", stats.RecordTypes.OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value}")),
        "tags " + string.Join(",", stats.TopTags(null).Select(t => $"{t.Tag}={t.Occurrences}/{t.Records}")));

    /// <summary>Every identifier spelling the stats count: repeated and invalid ISBNs, a blank ISSN, OCLC in 035 and in 001/003.</summary>
    private static MarcRecord Identifiers() => new("00000nam a2200000 a 4500",
    [
        new ControlField("001", "ocm00099999 "),
        new ControlField("003", " OCoLC"),
        new DataField("020", ' ', ' ', [new('a', TestMarc.ValidIsbn10), new('a', TestMarc.ValidIsbn13), new('a', "not an isbn"), new('z', TestMarc.ValidIsbn10)]),
        new DataField("022", ' ', ' ', [new('a', "  ")]),
        new DataField("022", ' ', ' ', [new('a', "\u00A0")]),
        new DataField("035", ' ', ' ', [new('a', "(DLC)123"), new('a', "(ocolc)on1234567890")]),
        new DataField("245", '0', '0', [new('a', "Identifiers.")]),
    ]);

    /// <summary>An authority record (leader/06 z): no title or ISBN checks.</summary>
    private static MarcRecord Authority() => new("00000nz  a2200000n  4500",
    [
        new ControlField("001", "auth-1"),
        new DataField("020", ' ', ' ', [new('a', TestMarc.BadCheckDigitIsbn)]),
        new DataField("100", '1', ' ', [new('a', "Name, A.")]),
    ]);
}
