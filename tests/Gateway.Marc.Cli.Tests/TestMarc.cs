using System.Text;

namespace Gateway.Marc.Cli.Tests;

/// <summary>Small records built with Gateway.Marc's model and writers, and ways to damage their bytes.</summary>
internal static class TestMarc
{
    public const string ValidIsbn10 = "0306406152";
    public const string ValidIsbn13 = "9780306406157";
    public const string BadCheckDigitIsbn = "0306406153";

    private const string BookLeader = "00000nam a2200000 a 4500";

    /// <summary>Valid ISBN, OCLC number, title and subject: nothing for lint to say.</summary>
    public static MarcRecord Clean() => new(BookLeader,
    [
        new ControlField("001", "rec-1"),
        new ControlField("008", "960221s1955    dcu           000 0 eng d"),
        Field("020", ('a', $"{ValidIsbn10} (pbk.)")),
        Field("035", ('a', "(OCoLC)ocm00012345")),
        new DataField("245", '1', '0', [new('a', "A clean record :"), new('b', "with a subtitle.")]),
        Field("650", ('a', "Testing.")),
    ]);

    /// <summary>An ISBN with a wrong check digit, and an ISSN.</summary>
    public static MarcRecord BadIsbn() => new(BookLeader,
    [
        new ControlField("001", "rec-2"),
        Field("020", ('a', BadCheckDigitIsbn)),
        Field("022", ('a', "0378-5955")),
        Field("245", ('a', "A record with a bad ISBN.")),
    ]);

    /// <summary>A bibliographic record without a 245.</summary>
    public static MarcRecord Untitled() => new(BookLeader,
    [
        new ControlField("001", "rec-3"),
        Field("100", ('a', "Author, An.")),
    ]);

    /// <summary>Non-ASCII text, to see it survive every conversion.</summary>
    public static MarcRecord Unicode() => new(BookLeader,
    [
        new ControlField("001", "rec-4"),
        Field("245", ('a', "Café Ünïcödé — 東京")),
    ]);

    public static byte[] Binary(params MarcRecord[] records) => Concat(records.Select(Iso2709Writer.ToBytes));

    public static byte[] Xml(params MarcRecord[] records)
    {
        using var stream = new MemoryStream();
        MarcXmlWriter.WriteCollection(stream, records);
        return stream.ToArray();
    }

    public static List<MarcRecord> ReadBinary(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. Iso2709Reader.Read(stream)];
    }

    public static List<MarcRecord> ReadXml(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. MarcXmlReader.Read(stream)];
    }

    /// <summary>Records compared by content (the model's data fields hold lists, which records compare by reference).</summary>
    public static string[] AsJson(IEnumerable<MarcRecord> records) => [.. records.Select(MarcInJsonWriter.ToJson)];

    public static byte[] Concat(IEnumerable<byte[]> parts) => [.. parts.SelectMany(p => p)];

    /// <summary>The record with leader/09 blank: labelled MARC-8 (ASCII text reads the same either way).</summary>
    public static byte[] AsMarc8(byte[] record)
    {
        var copy = (byte[])record.Clone();
        copy[9] = (byte)' ';
        return copy;
    }

    /// <summary>The record with a leader length that does not match its bytes; the reader resynchronises on the terminator.</summary>
    public static byte[] WithWrongLength(byte[] record)
    {
        var copy = (byte[])record.Clone();
        Encoding.ASCII.GetBytes("00099").CopyTo(copy, 0);
        return copy;
    }

    /// <summary>The record with directory entry <paramref name="entry"/> pointing past the end of the record.</summary>
    public static byte[] WithBadDirectoryEntry(byte[] record, int entry)
    {
        var copy = (byte[])record.Clone();
        Encoding.ASCII.GetBytes("99999").CopyTo(copy, 24 + (entry * 12) + 7);
        return copy;
    }

    /// <summary>A 30-byte frame with a leader but no directory terminator: the reader skips it whole.</summary>
    public static byte[] Unusable() => Concat([Encoding.ASCII.GetBytes("00030nam a2200000 a 4500ABCDE"), [0x1D]]);

    private static DataField Field(string tag, params (char Code, string Value)[] subfields) =>
        new(tag, [.. subfields.Select(s => new Subfield(s.Code, s.Value))]);
}
