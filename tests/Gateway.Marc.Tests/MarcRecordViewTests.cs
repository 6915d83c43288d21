using System.Text;

namespace Gateway.Marc.Tests;

/// <summary><see cref="Iso2709Reader.ReadViews"/>: fields and subfields as UTF-8 bytes, MARC-8 converted, lifetime, lenient reading.</summary>
public sealed class MarcRecordViewTests
{
    [Fact]
    public void Fields_and_subfields_are_the_UTF8_bytes_of_the_record()
    {
        var record = TestRecords.Multilingual("view-1");
        var bytes = Iso2709Writer.ToBytes(record);

        var seen = new List<string>();
        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(bytes)))
        {
            Assert.Equal(1, view.Number);
            Assert.Equal(0, view.Offset);
            Assert.Equal(Encoding.ASCII.GetString(bytes, 0, 24), Encoding.ASCII.GetString(view.Leader));
            Assert.Equal(bytes, view.RawBytes.ToArray());
            Assert.False(view.IsMarc8);
            Assert.Equal(record.Fields.Count, view.FieldCount);
            foreach (var field in view.Fields)
            {
                seen.Add(Describe(field));
            }
        }

        Assert.Equal(record.Fields.Select(Describe), seen);
    }

    [Fact]
    public void Control_field_value_is_bytes_and_a_string_on_demand()
    {
        var bytes = Iso2709Writer.ToBytes(TestRecords.Multilingual("ctl-42"));

        var view = Iso2709Reader.ReadViews(new MemoryStream(bytes)).Select(v => (Found: v.TryGetField("001", out var id), Id: id.GetString(), Bytes: id.Value.ToArray(), Control: id.IsControlField, Number: id.TagNumber, NoSuchTag: v.TryGetField("856", out _))).Single();

        Assert.True(view.Found);
        Assert.Equal("ctl-42", view.Id);
        Assert.Equal("ctl-42"u8.ToArray(), view.Bytes);
        Assert.True(view.Control);
        Assert.Equal(1, view.Number);
        Assert.False(view.NoSuchTag);
    }

    [Fact]
    public void Data_field_has_indicators_and_subfields_looked_up_by_code()
    {
        var bytes = Iso2709Writer.ToBytes(new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("245", '1', '4', ('a', "The title /"), ('c', "Author."))]));

        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(bytes)))
        {
            var field = view.GetField(0);
            Assert.Equal("245", field.Tag);
            Assert.Equal(245, field.TagNumber);
            Assert.False(field.IsControlField);
            Assert.Equal(('1', '4'), (field.Indicator1, field.Indicator2));
            Assert.True(field.Value.IsEmpty);
            Assert.Equal(2, field.SubfieldCount);
            Assert.True(field.TryGetSubfield('c', out var c));
            Assert.Equal("Author.", c.GetString());
            Assert.False(field.TryGetSubfield('z', out _));
            Assert.Equal("The title /"u8.ToArray(), field.GetSubfield(0).Value.ToArray());
            Assert.Throws<ArgumentOutOfRangeException>(() => field.GetSubfield(2));
        }
    }

    [Fact]
    public void Marc8_text_is_seen_as_UTF8_in_NFC()
    {
        var bytes = RawRecords.Marc8(
            ("001", RawRecords.Latin1("m8-1")),
            ("245", RawRecords.Field("10", ('a', RawRecords.Latin1("\e(NABC")), ('b', RawRecords.Latin1("Caf\u00E2e")))));

        var values = new List<string>();
        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(bytes)))
        {
            Assert.True(view.IsMarc8);
            Assert.Equal((byte)' ', view.Leader[9]);
            values.Add(Encoding.UTF8.GetString(view.GetField(0).Value));
            foreach (var subfield in view.GetField(1).Subfields)
            {
                values.Add(Encoding.UTF8.GetString(subfield.Value));
            }
        }

        Assert.Equal(["m8-1", "\u0430\u0431\u0446", "Caf\u00E9"], values);
    }

    [Fact]
    public void Field_kept_past_the_next_record_throws_instead_of_showing_another_record()
    {
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), Iso2709Writer.ToBytes(TestRecords.Multilingual("b")));
        MarcFieldView kept = default;
        MarcRecordView? last = null;

        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(bytes)))
        {
            if (view.Number == 1)
            {
                kept = view.GetField(0);
                Assert.Equal("a", kept.GetString());
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => kept.GetString());
                Assert.Throws<InvalidOperationException>(() => kept.Subfields);
            }

            last = view;
        }

        Assert.NotNull(last);
        Assert.Throws<InvalidOperationException>(() => last.FieldCount);
        Assert.Throws<InvalidOperationException>(() => last.ToRecord());
    }

    [Fact]
    public void ToRecord_outlives_the_view_and_equals_the_record_reader()
    {
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), Iso2709Writer.ToBytes(TestRecords.Multilingual("b")));

        var fromViews = Iso2709Reader.ReadViews(new MemoryStream(bytes)).Select(v => v.ToRecord()).ToList();
        var fromReader = Iso2709Reader.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal(fromReader.Select(MarcInJsonWriter.ToJson), fromViews.Select(MarcInJsonWriter.ToJson));
        Assert.Equal("a", fromViews[0].ControlValue("001"));
    }

    public static TheoryData<string> DamageCases => ["wrong record length", "bad directory entry", "missing field terminator", "invalid UTF-8", "truncated file", "bad subfield code"];

    [Theory]
    [MemberData(nameof(DamageCases))]
    public void Damaged_records_report_the_same_problems_and_give_the_same_text_as_the_record_reader(string damage)
    {
        var (bytes, expected) = Damaged(damage);

        var viewProblems = new List<MarcProblem>();
        var seen = Iso2709Reader.ReadViews(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = viewProblems.Add })
            .Select(v => (v.Number, v.Offset, Text: string.Join("|", v.Fields.AsEnumerable().Select(Describe))))
            .ToList();
        var recordProblems = new List<MarcProblem>();
        var records = Iso2709Reader.ReadWithPositions(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = recordProblems.Add }).ToList();

        Assert.Contains(viewProblems, p => p.RecordNumber == expected.RecordNumber && p.ByteOffset == expected.ByteOffset && p.Tag == expected.Tag && p.Message.Contains(expected.Message, StringComparison.Ordinal));
        Assert.Equal(recordProblems, viewProblems);
        Assert.Equal(records.Select(r => (r.Number, r.Offset, string.Join("|", r.Record.Fields.Select(Describe)))), seen);
    }

    [Theory]
    [MemberData(nameof(DamageCases))]
    public void Damaged_records_throw_the_same_exception_in_strict_mode(string damage)
    {
        var (bytes, expected) = Damaged(damage);

        var fromViews = Assert.Throws<MarcFormatException>(() => Iso2709Reader.ReadViews(new MemoryStream(bytes)).Select(v => v.FieldCount).ToList());
        var fromRecords = Assert.Throws<MarcFormatException>(() => Iso2709Reader.Read(new MemoryStream(bytes)).ToList());

        Assert.Equal(expected.RecordNumber, fromViews.RecordNumber);
        Assert.Equal((fromRecords.Message, fromRecords.RecordNumber, fromRecords.ByteOffset, fromRecords.Tag), (fromViews.Message, fromViews.RecordNumber, fromViews.ByteOffset, fromViews.Tag));
    }

    [Fact]
    public void Invalid_UTF8_is_seen_repaired()
    {
        var bytes = RawRecords.Utf8(("245", RawRecords.Field("00", ('a', [(byte)'C', (byte)'a', (byte)'f', 0xFF]))));

        var value = Iso2709Reader.ReadViews(new MemoryStream(bytes), new MarcReadOptions { Lenient = true })
            .Select(v => v.GetField(0).GetSubfield(0).Value.ToArray()).Single();

        Assert.Equal("Caf\uFFFD", Encoding.UTF8.GetString(value));
        Assert.True(System.Text.Unicode.Utf8.IsValid(value));
    }

    /// <summary>One damaged record between two good ones, and the problem it must give: record 2, at the offset after the first.</summary>
    private static (byte[] Bytes, MarcProblem Expected) Damaged(string damage)
    {
        var first = Iso2709Writer.ToBytes(TestRecords.Multilingual("a"));
        var bad = Iso2709Writer.ToBytes(TestRecords.Multilingual("bad"));
        var last = Iso2709Writer.ToBytes(TestRecords.Multilingual("c"));
        var baseAddress = int.Parse(Encoding.ASCII.GetString(bad, 12, 5), System.Globalization.CultureInfo.InvariantCulture);
        string? tag = null;
        string message;
        switch (damage)
        {
            case "wrong record length":
                Encoding.ASCII.GetBytes("00090").CopyTo(bad, 0);
                message = "resynchronised";
                break;
            case "bad directory entry":
                // The second entry's start: points nowhere near its field.
                Encoding.ASCII.GetBytes("99999").CopyTo(bad, 24 + 12 + 7);
                tag = Encoding.ASCII.GetString(bad, 24 + 12, 3);
                message = "Directory entry";
                break;
            case "missing field terminator":
                // The first field's terminator becomes data: the directory no longer fits the data there.
                bad[baseAddress + int.Parse(Encoding.ASCII.GetString(bad, 24 + 3, 4), System.Globalization.CultureInfo.InvariantCulture) - 1] = (byte)'x';
                tag = Encoding.ASCII.GetString(bad, 24, 3);
                message = "disagrees with the data";
                break;
            case "invalid UTF-8":
                bad[Array.IndexOf(bad, (byte)0x1F, baseAddress) + 3] = 0xC3;
                tag = TagOfByte(bad, Array.IndexOf(bad, (byte)0x1F, baseAddress) + 3, baseAddress);
                message = "Invalid UTF-8";
                break;
            case "bad subfield code":
                bad[Array.IndexOf(bad, (byte)0x1F, baseAddress) + 1] = 0x05;
                tag = TagOfByte(bad, Array.IndexOf(bad, (byte)0x1F, baseAddress) + 1, baseAddress);
                message = "Subfield code byte 0x05";
                break;
            default:
                return (Concat(first, bad[..100]), new MarcProblem(2, first.Length, null, "No record terminator"));
        }

        return (Concat(first, bad, last), new MarcProblem(2, first.Length, tag, message));
    }

    /// <summary>The tag of the directory entry whose field holds the byte at <paramref name="index"/>.</summary>
    private static string TagOfByte(byte[] record, int index, int baseAddress)
    {
        for (var entry = 24; record[entry] != 0x1E; entry += 12)
        {
            var length = int.Parse(Encoding.ASCII.GetString(record, entry + 3, 4), System.Globalization.CultureInfo.InvariantCulture);
            var start = baseAddress + int.Parse(Encoding.ASCII.GetString(record, entry + 7, 5), System.Globalization.CultureInfo.InvariantCulture);
            if (index >= start && index < start + length)
            {
                return Encoding.ASCII.GetString(record, entry, 3);
            }
        }

        throw new InvalidOperationException("No field holds the byte.");
    }

    private static string Describe(MarcField field) => field switch
    {
        ControlField c => $"{c.Tag}={c.Value}",
        DataField d => $"{d.Tag} {d.Indicator1}{d.Indicator2} " + string.Concat(d.Subfields.Select(s => $"${s.Code}{s.Value}")),
        _ => throw new ArgumentException("Unknown field type.", nameof(field)),
    };

    private static string Describe(MarcFieldView field)
    {
        if (field.IsControlField)
        {
            return $"{field.Tag}={Encoding.UTF8.GetString(field.Value)}";
        }

        var text = new StringBuilder($"{field.Tag} {field.Indicator1}{field.Indicator2} ");
        foreach (var subfield in field.Subfields)
        {
            text.Append('$').Append(subfield.Code).Append(Encoding.UTF8.GetString(subfield.Value));
        }

        return text.ToString();
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}

/// <summary>Test helpers over the allocation-free lists.</summary>
internal static class ViewListExtensions
{
    public static IEnumerable<MarcFieldView> AsEnumerable(this MarcFieldViewList fields)
    {
        var list = new List<MarcFieldView>(fields.Count);
        foreach (var field in fields)
        {
            list.Add(field);
        }

        return list;
    }
}
