namespace Gateway.Marc.Tests;

/// <summary>
/// <see cref="MarcXmlWriter.ToXml(MarcRecord, Func{MarcField, bool})"/> (direct, pooled buffer) gives the same text as
/// <see cref="MarcXmlWriter.ToXml(MarcRecord)"/> (through <c>XmlWriter</c>) of a copy holding the accepted fields.
/// </summary>
public sealed class MarcXmlFilteredToXmlTests
{
    private static readonly Func<MarcField, bool> All = _ => true;
    private static readonly Func<MarcField, bool> NoItems = f => f.Tag is not ("952" or "999");

    [Fact]
    public void Same_text_as_the_XmlWriter_path_for_escapes_controls_and_new_lines()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.Fields.Add(new ControlField("001", ""));
        record.Fields.Add(new ControlField("005", "a\r\nb\rc\nd\te <&> \"q\" ]]>"));
        record.Fields.Add(new ControlField("0&<", "tag with specials"));
        record.Fields.Add(TestRecords.Data("245", '"', '&', ('a', ""), ('b', "x\u0001y\uD800z\uFFFE"), ('<', "code <"), ('\t', "tab code")));
        record.Fields.Add(new DataField("500", '\u0002', ' ', []));
        record.Fields.Add(TestRecords.Data("520", ' ', ' ', ('a', "🩺 surrogate pair \uD83E\uDE7A, lone low \uDC00 end\r\n"), ('b', "\n")));
        record.Fields.Add(TestRecords.Data("952", ' ', ' ', ('p', "3900001")));

        AssertSameAsCopy(record, All);
        AssertSameAsCopy(record, NoItems);
    }

    [Fact]
    public void Same_text_for_long_records_that_outgrow_the_first_buffer()
    {
        var record = TestRecords.Multilingual(new string('x', 50_000));
        for (var i = 0; i < 200; i++)
        {
            record.Fields.Add(TestRecords.Data(i % 3 == 0 ? "952" : "650", ' ', '0', ('a', $"Subject {i} & more <{i}>"), ('9', "77")));
        }

        AssertSameAsCopy(record, All);
        AssertSameAsCopy(record, NoItems);
    }

    [Fact]
    public void Excluded_fields_are_left_out_and_the_record_is_unchanged()
    {
        var record = TestRecords.Multilingual();
        record.Fields.Add(TestRecords.Data("952", ' ', ' ', ('p', "3900001")));
        var before = record.Fields.Count;

        var xml = MarcXmlWriter.ToXml(record, NoItems);

        Assert.DoesNotContain("3900001", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(MarcXmlReader.ParseRecord(xml).Fields, f => f.Tag == "952");
        Assert.Equal(before, record.Fields.Count);
    }

    [Fact]
    public void Same_text_for_every_record_of_the_vendor_marcxml_fixtures()
    {
        var folder = Path.Combine(VendorFixtures.RequireMarc(), "marcxml");
        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
        {
            using var stream = File.OpenRead(file);
            foreach (var record in MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true }))
            {
                AssertSameAsCopy(record, All);
                AssertSameAsCopy(record, NoItems);
                compared++;
            }
        }

        Assert.True(compared > 10, $"only {compared} records in {folder}");
    }

    private static void AssertSameAsCopy(MarcRecord record, Func<MarcField, bool> include)
    {
        var copy = new MarcRecord(record.Leader, record.Fields.Where(include));
        Assert.Equal(MarcXmlWriter.ToXml(copy), MarcXmlWriter.ToXml(record, include));
    }
}
