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
