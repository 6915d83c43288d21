using System.Globalization;
using System.Text;

namespace Gateway.Marc.Benchmarks;

/// <summary>
/// Writes a deterministic file of realistic binary MARC 21 bibliographic records (Koha-like: control fields, 008,
/// identifiers, title, names, imprint, subjects, 952 items). Records are UTF-8 (leader/09 'a'), or, for a chosen
/// share, MARC-8 (leader/09 blank, diacritics as combining marks before the base letter). Self-contained on purpose,
/// so the benchmark does not depend on the simulator projects.
/// </summary>
internal static class RecordFileGenerator
{
    private static readonly string[] TitleWords =
    [
        "clinical", "handbook", "of", "nursing", "practice", "oxford", "medicine", "surgery", "emergency", "care",
        "paediatric", "pharmacology", "anatomy", "physiology", "evidence-based", "mental", "health", "primary",
        "community", "midwifery", "radiology", "oncology", "cardiology", "guide", "principles", "and", "the",
        "management", "in", "acute", "chronic", "disease", "psychiatry", "infection", "control", "critical",
        "anaesthesia", "ethics", "law", "research", "methods", "statistics", "epidemiology", "public", "rehabilitation",
        "neurology", "dermatology", "obstetrics", "gynaecology", "geriatric", "palliative", "diagnosis", "therapy",
        "Médecine", "générale", "Krankenhäuser", "Pflege", "niños", "salud", "Ärztliche", "façade", "crème",
    ];

    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Müller", "García",
        "Pérez", "Björk", "Dvořák", "Nuñez", "Lefèvre", "O'Brien", "Patel", "Khan", "Singh", "Nguyen", "Okafor",
    ];

    private static readonly string[] Forenames =
    [
        "Anne", "John", "Mary", "David", "Sarah", "Peter", "Helen", "James", "Ruth", "Michael", "Clare", "Robert",
        "Émile", "Zoë", "José", "Siân", "Aoife", "Raj", "Mei", "Chidi",
    ];

    private static readonly string[] Publishers =
    [
        "Oxford University Press", "Elsevier", "Wiley-Blackwell", "Churchill Livingstone", "Springer", "SAGE",
        "Cambridge University Press", "Lippincott Williams & Wilkins", "BMJ Books", "Routledge", "CRC Press", "Mosby",
    ];

    private static readonly string[] Places = ["Oxford", "London", "Edinburgh", "Chichester", "Cambridge", "New York", "Philadelphia", "Abingdon"];

    private static readonly string[] Subjects =
    [
        "Nursing", "Clinical medicine", "Emergency medicine", "Pharmacology", "Mental health services", "Pediatrics",
        "Surgery, Operative", "Evidence-based medicine", "Primary health care", "Midwifery", "Neoplasms", "Heart diseases",
        "Infection control", "Critical care", "Anesthesia", "Medical ethics", "Epidemiology", "Rehabilitation",
    ];

    private static readonly string[] Subdivisions = ["methods", "standards", "Handbooks, manuals, etc", "therapy", "diagnosis", "education", "organization & administration"];
    private static readonly string[] Geographic = ["Great Britain", "England", "Scotland", "Wales", "Europe"];
    private static readonly string[] Branches = ["RLH", "WHC", "NMH", "QEH", "STG", "KCH", "GUY", "UCL"];
    private static readonly string[] Locations = ["GEN", "REF", "STACK", "SL", "NEW"];
    private static readonly string[] ItemTypes = ["BK", "REF", "SL", "EBK"];
    private static readonly string[] Languages = ["eng", "eng", "eng", "eng", "fre", "ger", "spa"];

    /// <summary>Writes <paramref name="count"/> records; <paramref name="marc8Percent"/> of them in MARC-8.</summary>
    public static long Write(string path, int count, int marc8Percent, int seed = 4)
    {
        var random = new Random(seed);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var fields = new List<(string Tag, string Value)>(64);
        long bytes = 0;
        for (var i = 1; i <= count; i++)
        {
            var marc8 = marc8Percent > 0 && random.Next(100) < marc8Percent;
            BuildFields(random, i, fields);
            var record = Assemble(fields, marc8, random);
            file.Write(record);
            bytes += record.Length;
        }

        return bytes;
    }

    private static void BuildFields(Random r, int n, List<(string, string)> f)
    {
        f.Clear();
        var year = 1985 + r.Next(40);
        var lang = Pick(r, Languages);
        f.Add(("001", n.ToString(CultureInfo.InvariantCulture)));
        f.Add(("003", "UkLoNHS"));
        f.Add(("005", string.Create(CultureInfo.InvariantCulture, $"{2020 + r.Next(6)}{1 + r.Next(12):D2}{1 + r.Next(28):D2}{r.Next(24):D2}{r.Next(60):D2}{r.Next(60):D2}.0")));
        f.Add(("008", string.Create(CultureInfo.InvariantCulture, $"{r.Next(100):D2}{1 + r.Next(12):D2}{1 + r.Next(28):D2}s{year}    enk||||| |||| 00| 0 {lang} d")));
        var isbns = 1 + r.Next(2);
        for (var k = 0; k < isbns; k++)
        {
            f.Add(("020", $"  \u001fa978{r.NextInt64(1_000_000_000L):D9}{(k == 0 ? "" : "\u001fq(pbk.)")}"));
        }

        f.Add(("035", $"  \u001fa(OCoLC){r.Next(10_000_000, 999_999_999)}"));
        f.Add(("040", "  \u001faUkLoNHS\u001fbeng\u001fcUkLoNHS\u001ferda"));
        f.Add(("082", $"04\u001fa{r.Next(610, 620)}.{r.Next(10, 99)}\u001f223"));
        var author = $"{Pick(r, Surnames)}, {Pick(r, Forenames)}";
        f.Add(("100", $"1 \u001fa{author},\u001fd{1930 + r.Next(60)}-\u001feauthor."));
        var title = Words(r, 3 + r.Next(5));
        var title0 = char.ToUpperInvariant(title[0]) + title[1..];
        f.Add(("245", $"10\u001fa{title0} :\u001fb{Words(r, 2 + r.Next(5))} /\u001fc{Pick(r, Forenames)} {Pick(r, Surnames)}, {Pick(r, Forenames)} {Pick(r, Surnames)}."));
        if (r.Next(3) == 0)
        {
            f.Add(("250", $"  \u001fa{2 + r.Next(8)}th edition."));
        }

        f.Add(("264", $" 1\u001fa{Pick(r, Places)} :\u001fb{Pick(r, Publishers)},\u001fc{year}."));
        f.Add(("300", $"  \u001fa{r.Next(40) + 1} pages, {100 + r.Next(1200)} pages :\u001fbillustrations ;\u001fc{19 + r.Next(12)} cm"));
        f.Add(("336", "  \u001fatext\u001fbtxt\u001f2rdacontent"));
        f.Add(("337", "  \u001faunmediated\u001fbn\u001f2rdamedia"));
        f.Add(("338", "  \u001favolume\u001fbnc\u001f2rdacarrier"));
        if (r.Next(2) == 0)
        {
            f.Add(("504", "  \u001faIncludes bibliographical references and index."));
        }

        if (r.Next(4) == 0)
        {
            f.Add(("520", $"  \u001fa{char.ToUpperInvariant(title[0])}{Words(r, 20 + r.Next(30))}."));
        }

        var subjects = 1 + r.Next(4);
        for (var k = 0; k < subjects; k++)
        {
            var s = $" 2\u001fa{Pick(r, Subjects)}";
            if (r.Next(2) == 0) s += $"\u001fx{Pick(r, Subdivisions)}";
            if (r.Next(3) == 0) s += $"\u001fz{Pick(r, Geographic)}";
            f.Add(("650", s + "."));
        }

        var added = r.Next(3);
        for (var k = 0; k < added; k++)
        {
            f.Add(("700", $"1 \u001fa{Pick(r, Surnames)}, {Pick(r, Forenames)},\u001feeditor."));
        }

        f.Add(("942", $"  \u001f2ddc\u001fc{Pick(r, ItemTypes)}"));
        f.Add(("999", $"  \u001fc{n}\u001fd{n}"));
        var items = 1 + r.Next(4);
        for (var k = 0; k < items; k++)
        {
            var branch = Pick(r, Branches);
            f.Add(("952", string.Create(CultureInfo.InvariantCulture,
                $"  \u001f0{0}\u001f1{0}\u001f4{0}\u001f6{r.Next(610, 620)}_{r.Next(100):D2}000000000000_{Pick(r, Surnames).ToUpperInvariant()[..3]}\u001f7{0}\u001f9{n * 4 + k}\u001fa{branch}\u001fb{branch}\u001fc{Pick(r, Locations)}\u001fd{year + r.Next(3)}-{1 + r.Next(12):D2}-{1 + r.Next(28):D2}\u001fl{r.Next(50)}\u001fo{r.Next(610, 620)} {Pick(r, Surnames).ToUpperInvariant()[..3]}\u001fp{r.Next(10_000_000, 99_999_999)}\u001fr{2024}-{1 + r.Next(12):D2}-{1 + r.Next(28):D2}\u001fw{2024}-{1 + r.Next(12):D2}-{1 + r.Next(28):D2}\u001fy{Pick(r, ItemTypes)}")));
        }
    }

    private static byte[] Assemble(List<(string Tag, string Value)> fields, bool marc8, Random r)
    {
        var data = new List<byte[]>(fields.Count);
        foreach (var (_, value) in fields)
        {
            var bytes = marc8 ? Marc8Bytes(value) : Encoding.UTF8.GetBytes(value);
            var withTerminator = new byte[bytes.Length + 1];
            bytes.CopyTo(withTerminator, 0);
            withTerminator[^1] = 0x1E;
            data.Add(withTerminator);
        }

        var baseAddress = 24 + (12 * fields.Count) + 1;
        var length = baseAddress + data.Sum(d => d.Length) + 1;
        var record = new byte[length];
        var leader = string.Create(CultureInfo.InvariantCulture, $"{length:D5}nam {(marc8 ? ' ' : 'a')}22{baseAddress:D5}{(r.Next(3) == 0 ? '4' : ' ')}i 4500");
        Encoding.ASCII.GetBytes(leader, record);
        var position = 24;
        var offset = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{fields[i].Tag}{data[i].Length:D4}{offset:D5}"), record.AsSpan(position));
            position += 12;
            offset += data[i].Length;
        }

        record[position++] = 0x1E;
        foreach (var d in data)
        {
            d.CopyTo(record, position);
            position += d.Length;
        }

        record[position] = 0x1D;
        return record;
    }

    /// <summary>MARC-8 (ASCII + ANSEL combining marks before the base letter) for the few accented letters used here.</summary>
    private static byte[] Marc8Bytes(string value)
    {
        var output = new List<byte>(value.Length + 8);
        foreach (var c in value)
        {
            var (mark, baseLetter) = c switch
            {
                'é' => (0xE2, 'e'), 'á' => (0xE2, 'a'), 'í' => (0xE2, 'i'), 'ó' => (0xE2, 'o'), 'É' => (0xE2, 'E'),
                'è' => (0xE1, 'e'), 'ü' => (0xE8, 'u'), 'ö' => (0xE8, 'o'), 'ä' => (0xE8, 'a'), 'Ä' => (0xE8, 'A'),
                'ë' => (0xE8, 'e'), 'ñ' => (0xE4, 'n'), 'ç' => (0xF0, 'c'), 'â' => (0xE3, 'a'), 'ê' => (0xE3, 'e'),
                'ř' => (0xE9, 'r'),
                _ => (0, c),
            };
            if (mark != 0)
            {
                output.Add((byte)mark);
            }

            output.Add(baseLetter < 0x80 ? (byte)baseLetter : (byte)'?');
        }

        return [.. output];
    }

    private static string Words(Random r, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(Pick(r, TitleWords));
        }

        return builder.ToString();
    }

    private static T Pick<T>(Random r, T[] values) => values[r.Next(values.Length)];
}
