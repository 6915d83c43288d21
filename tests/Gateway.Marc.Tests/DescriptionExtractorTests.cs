namespace Gateway.Marc.Tests;

public sealed class DescriptionExtractorTests
{
    private static MarcRecord Fixture()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "clinical-handbook.xml"));
        return MarcXmlReader.Read(stream).Single();
    }

    [Fact]
    public void Realistic_record_yields_every_descriptive_field()
    {
        var description = DescriptionExtractor.Extract(Fixture());

        Assert.Equal("Clinical medicine at the bedside : a handbook for junior doctors", description.Title);
        Assert.Equal(["Smith, Ann", "Jones, Bob", "Oxford University Press"], description.Authors);
        Assert.Equal(["9780306406157", "9780804429573"], description.Isbns);
        Assert.Equal(["1234-5679"], description.Issns);
        Assert.Equal(["12345", "1234567890"], description.OclcNumbers);
        Assert.Equal("Oxford University Press", description.Publisher);
        Assert.Equal(2024, description.PublicationYear);
        Assert.Equal("Tenth edition", description.Edition);
        Assert.Equal("eng", description.Language);
        Assert.Equal("book", description.Format);
        Assert.Equal(["Clinical medicine", "Clinical Medicine"], description.Subjects);
    }

    [Fact]
    public void Extraction_is_the_same_after_a_binary_round_trip()
    {
        var record = Fixture();
        var viaBinary = Iso2709Reader.Parse(Iso2709Writer.ToBytes(record));

        Assert.Equal(DescriptionExtractor.Extract(record), DescriptionExtractor.Extract(viaBinary), new DescriptionComparer());
    }

    [Fact]
    public void Record_without_245_is_untitled()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500", [new ControlField("001", "x")]);

        Assert.Equal("[untitled]", DescriptionExtractor.Extract(record).Title);
    }

    [Theory]
    [InlineData("Summerland /", null, "Summerland")]
    [InlineData("The cat :", "a tale ;", "The cat : a tale")]
    [InlineData("Parallel title =", null, "Parallel title")]
    [InlineData("Ends with comma,", "and full stop.", "Ends with comma : and full stop")]
    public void Title_joins_a_and_b_and_trims_isbd_punctuation(string a, string? b, string expected)
    {
        var subfields = b is null ? new[] { ('a', a) } : [('a', a), ('b', b)];
        var record = new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("245", '1', '0', subfields)]);

        Assert.Equal(expected, DescriptionExtractor.Extract(record).Title);
    }

    [Theory]
    [InlineData("(OCoLC)123", "123")]
    [InlineData("(OCoLC)ocm00012345", "12345")]
    [InlineData("(OCoLC)ocn123456789", "123456789")]
    [InlineData("(OCoLC)on1234567890", "1234567890")]
    [InlineData("(OCoLC)000042 ", "42")]
    public void Oclc_number_spellings_in_035_are_normalised(string value, string expected)
    {
        var record = new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("035", ' ', ' ', ('a', value))]);

        Assert.Equal([expected], DescriptionExtractor.Extract(record).OclcNumbers);
    }

    [Theory]
    [InlineData("(DLC)   93707283")]
    [InlineData("(OCoLC)M-ESTCN12345")]
    [InlineData("(OCoLC)")]
    public void Non_oclc_035_values_are_ignored(string value)
    {
        var record = new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("035", ' ', ' ', ('a', value))]);

        Assert.Empty(DescriptionExtractor.Extract(record).OclcNumbers);
    }

    [Fact]
    public void Field_001_counts_as_oclc_number_only_when_003_is_OCoLC()
    {
        var oclc = new MarcRecord("00000nam a2200000 a 4500", [new ControlField("001", "ocm00098765"), new ControlField("003", "OCoLC")]);
        var local = new MarcRecord("00000nam a2200000 a 4500", [new ControlField("001", "00098765"), new ControlField("003", "UkLHG")]);

        Assert.Equal(["98765"], DescriptionExtractor.Extract(oclc).OclcNumbers);
        Assert.Empty(DescriptionExtractor.Extract(local).OclcNumbers);
    }

    [Theory]
    [InlineData("am", null, null, null, "book")]
    [InlineData("tm", null, null, null, "book")]
    [InlineData("am", "240101s2024    enk     o     000 0 eng d", null, null, "ebook")]
    [InlineData("am", null, "a     s", null, "ebook")]
    [InlineData("am", null, null, "[electronic resource] /", "ebook")]
    [InlineData("as", null, null, null, "serial")]
    [InlineData("gm", null, null, null, "visual")]
    [InlineData("km", null, null, null, "visual")]
    [InlineData("om", null, null, null, "visual")]
    [InlineData("rm", null, null, null, "visual")]
    [InlineData("im", null, null, null, "audio")]
    [InlineData("jm", null, null, null, "audio")]
    [InlineData("mm", null, null, null, "computer-file")]
    [InlineData("em", null, null, null, "other")]
    [InlineData("cm", null, null, null, "other")]
    public void Format_follows_leader_06_and_07(string typeAndLevel, string? f008, string? f006, string? medium, string expected)
    {
        var record = new MarcRecord($"00000n{typeAndLevel} a2200000 a 4500");
        if (f006 is not null)
        {
            record.Fields.Add(new ControlField("006", f006));
        }

        if (f008 is not null)
        {
            record.Fields.Add(new ControlField("008", f008));
        }

        record.Fields.Add(medium is null
            ? TestRecords.Data("245", '0', '0', ('a', "T"))
            : TestRecords.Data("245", '0', '0', ('a', "T"), ('h', medium)));

        Assert.Equal(expected, DescriptionExtractor.Extract(record).Format);
    }

    [Fact]
    public void Year_falls_back_to_260_c_and_publisher_to_260_b()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500",
        [
            new ControlField("008", "000107s19uu    nyua          001 0    d"),
            TestRecords.Data("260", ' ', ' ', ('a', "London :"), ('b', "Churchill Livingstone,"), ('c', "c1998, printed 12345.")),
        ]);

        var description = DescriptionExtractor.Extract(record);

        Assert.Equal(1998, description.PublicationYear);
        Assert.Equal("Churchill Livingstone", description.Publisher);
        Assert.Null(description.Language);
    }

    [Fact]
    public void Publisher_prefers_264_with_second_indicator_1()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500",
        [
            TestRecords.Data("260", ' ', ' ', ('b', "Old Press,")),
            TestRecords.Data("264", ' ', '2', ('b', "Distributor,")),
            TestRecords.Data("264", ' ', '1', ('b', "Publisher ;")),
        ]);

        Assert.Equal("Publisher", DescriptionExtractor.Extract(record).Publisher);
    }
}
