namespace Gateway.Marc.Tests;

/// <summary>Records built in code for the tests.</summary>
internal static class TestRecords
{
    /// <summary>A UTF-8 leader as the binary writer produces it, so round trips compare equal.</summary>
    public static MarcRecord Multilingual(string id = "multi-001")
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.Fields.Add(new ControlField("001", id));
        record.Fields.Add(new ControlField("003", "UkLHG"));
        record.Fields.Add(new ControlField("008", "240101s2024    enk           000 0 eng d"));
        record.Fields.Add(Data("020", ' ', ' ', ('a', "9780306406157 (pbk.)")));
        record.Fields.Add(Data("100", '1', ' ', ('a', "Müller, Jürgen,"), ('e', "author.")));
        record.Fields.Add(Data("245", '1', '0', ('a', "Café society :"), ('b', "Ελληνικά και 中文 in the clinic /"), ('c', "Jürgen Müller.")));
        record.Fields.Add(Data("246", '3', ' ', ('a', "日本語のタイトル 🩺")));
        record.Fields.Add(Data("500", ' ', ' ', ('a', "Escapes: <tag> & \"quotes\" 'apostrophes' \\ back/slash; tab\tend.")));
        record.Fields.Add(Data("650", ' ', '0', ('a', "Médecine"), ('x', "Ωmega.")));
        record.Fields.Add(Data("700", '1', ' ', ('a', "Ἀριστοτέλης,"), ('d', "384-322 B.C.")));
        record.Fields.Add(Data("999", ' ', ' ', ('a', "  leading and trailing spaces  "), ('b', " ")));
        return record;
    }

    /// <summary>
    /// A record with what XML must escape or may carry: entities, quotes, non-ASCII, tabs, LF, empty values; with
    /// <paramref name="kohaIds"/>, Koha's 999 ($c, $d the id) after its 952.
    /// </summary>
    public static MarcRecord Awkward(string id = "1", bool kohaIds = false)
    {
        var record = new MarcRecord("00000nam a2200000 a 4500");
        record.Fields.Add(new ControlField("001", id));
        record.Fields.Add(new ControlField("003", ""));
        record.Fields.Add(new ControlField("005", "tab\there\nnew line <&> \"q\" 'a' ]]> end"));
        record.Fields.Add(Data("100", '1', ' ', ('a', "Müller, José Ñ."), ('d', "1950-")));
        record.Fields.Add(Data("245", '1', '0', ('a', "中文 / Русский / עברית 🩺 :"), ('b', ""), ('c', "A & B <ed.>")));
        record.Fields.Add(new DataField("500", ' ', ' ', []));
        record.Fields.Add(Data("520", '\'', '"', ('a', "quotes ' and \""), ('&', "code amp"), ('<', "code lt")));
        record.Fields.Add(Data("952", ' ', ' ', ('p', "3900001"), ('y', "BK")));
        if (kohaIds)
        {
            record.Fields.Add(Data("999", ' ', ' ', ('c', id), ('d', id)));
        }

        return record;
    }

    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The bytes of one fixture of the project (copied beside the tests).</summary>
    public static byte[] ProjectFixture(string name) => File.ReadAllBytes(Path.Combine(FixtureFolder, name));

    /// <summary>The bytes of every MARCXML fixture of the project (copied beside the tests); fails when there is none.</summary>
    public static List<byte[]> ProjectMarcXmlFixtures()
    {
        var files = Directory.GetFiles(FixtureFolder, "*.xml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        return [.. files.Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    /// <summary>
    /// <paramref name="count"/> damaged copies of <paramref name="valid"/>, each with one of <paramref name="pieces"/>
    /// inserted or written over it, or 1-3 bytes deleted, at a random place (the same documents for the same seed).
    /// </summary>
    public static IEnumerable<byte[]> Mutations(byte[] valid, string[] pieces, int seed, int count)
    {
        var bytes = pieces.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(valid.Length);
            var piece = bytes[random.Next(bytes.Length)];
            yield return random.Next(3) switch
            {
                0 => [.. valid[..at], .. piece, .. valid[at..]], // insert
                1 => [.. valid[..at], .. valid[Math.Min(valid.Length, at + random.Next(1, 4))..]], // delete
                _ => [.. valid[..at], .. piece, .. valid[Math.Min(valid.Length, at + piece.Length)..]], // overwrite
            };
        }
    }

    public static DataField Data(string tag, char ind1, char ind2, params (char Code, string Value)[] subfields)
    {
        var list = new List<Subfield>(subfields.Length);
        foreach (var (code, value) in subfields)
        {
            list.Add(new Subfield(code, value));
        }

        return new DataField(tag, ind1, ind2, list);
    }
}
