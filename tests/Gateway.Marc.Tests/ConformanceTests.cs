namespace Gateway.Marc.Tests;

/// <summary>Reads real sample files from other MARC libraries (pymarc, marc4j, ruby-marc, MARC::Record, yaz) when they are available.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> MarcXmlFiles() => FixtureNames("marcxml");

    public static TheoryData<string> BinaryFiles() => FixtureNames("binary");

    [Theory]
    [MemberData(nameof(MarcXmlFiles))]
    public void Every_marcxml_fixture_yields_records_or_reported_problems_in_lenient_mode(string name)
    {
        var path = Path.Combine(VendorFixtures.RequireMarc(), "marcxml", name);
        var problems = new List<MarcProblem>();
        using var stream = File.OpenRead(path);

        var records = MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).ToList();

        output.WriteLine($"{name}: {records.Count} record(s), {problems.Count} problem(s)");
        foreach (var problem in problems)
        {
            output.WriteLine($"  {problem}");
        }

        Assert.True(records.Count > 0 || problems.Count > 0, $"{name} gave neither a record nor a problem");
    }

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Every_binary_fixture_is_read_in_lenient_mode_without_throwing(string name)
    {
        var path = Path.Combine(VendorFixtures.RequireMarc(), "binary", name);
        var problems = new List<MarcProblem>();
        using var stream = File.OpenRead(path);

        var records = Iso2709Reader.Read(stream, new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).ToList();

        output.WriteLine($"{name}: {records.Count} record(s), {problems.Count} problem(s)");
        foreach (var problem in problems.Take(20))
        {
            output.WriteLine($"  {problem}");
        }

        Assert.True(records.Count > 0 || problems.Count > 0, $"{name} gave neither a record nor a problem");
    }

    [Fact]
    public void Pymarc_marc_in_json_record_has_its_title()
    {
        var json = File.ReadAllText(Path.Combine(VendorFixtures.RequireMarc(), "marc-in-json", "pymarc-one.json"));

        var record = MarcInJsonReader.Parse(json);

        var title = Assert.Single(record.DataFields("245"));
        Assert.Equal('1', title.Indicator1);
        Assert.Equal('0', title.Indicator2);
        Assert.StartsWith("ActivePerl with ASP and ADO", title.FirstValue('a'), StringComparison.Ordinal);
    }

    [Fact]
    public void Pymarc_marc_in_json_batch_is_read_strictly()
    {
        var json = File.ReadAllText(Path.Combine(VendorFixtures.RequireMarc(), "marc-in-json", "pymarc-batch.json"));

        var records = MarcInJsonReader.ReadArray(json).ToList();

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.NotNull(r.FirstValue("245", 'a')));
    }

    [Theory]
    [InlineData("pymarc-utf8_with_leader_flag.dat")]
    [InlineData("marc4j-summerland.mrc")]
    public void Binary_fixture_has_a_title(string name)
    {
        using var stream = File.OpenRead(Path.Combine(VendorFixtures.RequireMarc(), "binary", name));

        var record = Iso2709Reader.Read(stream, new MarcReadOptions { Lenient = true }).First();

        var title = DescriptionExtractor.Extract(record).Title;
        Assert.NotEqual(DescriptionExtractor.Untitled, title);
        Assert.False(string.IsNullOrWhiteSpace(title));
    }

    [Fact]
    public void Summerland_binary_and_marcxml_agree()
    {
        var marc = VendorFixtures.RequireMarc();
        using var binary = File.OpenRead(Path.Combine(marc, "binary", "marc4j-summerland.mrc"));
        using var xml = File.OpenRead(Path.Combine(marc, "marcxml", "marc4j-summerland.xml"));

        var fromBinary = Iso2709Reader.Read(binary, new MarcReadOptions { Lenient = true }).Single();
        var fromXml = MarcXmlReader.Read(xml).Single();

        MarcAssert.Equal(fromXml, fromBinary, ignoreLeader: true);
        Assert.Equal("Summerland", DescriptionExtractor.Extract(fromXml).Title);
    }

    [Fact]
    public void Utf8_binary_with_leader_flag_reads_strictly()
    {
        using var stream = File.OpenRead(Path.Combine(VendorFixtures.RequireMarc(), "binary", "pymarc-utf8_with_leader_flag.dat"));

        var record = Iso2709Reader.Read(stream).Single();

        Assert.Equal('a', record.Leader[9]);
    }

    [Fact]
    public void Three_records_second_bad_keeps_the_good_records()
    {
        using var stream = File.OpenRead(Path.Combine(VendorFixtures.RequireMarc(), "marcxml", "ruby-marc-three-records-second-bad.xml"));
        var problems = new List<MarcProblem>();

        var records = MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).ToList();

        Assert.True(records.Count >= 1);
        Assert.All(problems, p => Assert.NotEqual(1, p.RecordNumber));
    }

    private static TheoryData<string> FixtureNames(string folder)
    {
        var data = new TheoryData<string>();
        var marc = VendorFixtures.Marc;
        if (marc is null || !Directory.Exists(Path.Combine(marc, folder)))
        {
            // One placeholder case, so the theory runs and reports the skip.
            data.Add("(vendor fixtures absent)");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(marc, folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
