using System.Text;

namespace Gateway.Marc.Tests;

/// <summary>Field-by-field comparison of two records (tags, indicators, subfield codes and values after NFC), listing every difference.</summary>
internal static class RecordDifferences
{
    /// <summary>Decides whether two NFC values are the same; ordinal equality when none is given.</summary>
    public delegate bool ValueMatch(string expected, string actual);

    /// <summary>The differences; empty when the records agree (the leaders are not compared).</summary>
    public static List<RecordDifference> Of(MarcRecord expected, MarcRecord actual, ValueMatch? match = null)
    {
        match ??= string.Equals;
        var differences = new List<RecordDifference>();
        if (expected.Fields.Count != actual.Fields.Count)
        {
            differences.Add(new(null, $"{expected.Fields.Count} field(s) expected, {actual.Fields.Count} read: [{Tags(expected)}] / [{Tags(actual)}]"));
        }

        for (var i = 0; i < Math.Min(expected.Fields.Count, actual.Fields.Count); i++)
        {
            Compare(expected.Fields[i], actual.Fields[i], i, match, differences);
        }

        return differences;
    }

    private static void Compare(MarcField expected, MarcField actual, int index, ValueMatch match, List<RecordDifference> differences)
    {
        var where = $"field {index + 1} ({expected.Tag})";
        if (expected.Tag != actual.Tag || expected.GetType() != actual.GetType())
        {
            var kind = expected.Tag == actual.Tag;
            differences.Add(new(kind ? expected.Tag : null, $"{where}: {Describe(expected)} expected, {Describe(actual)} read", kind));
            return;
        }

        if (expected is ControlField control)
        {
            var value = ((ControlField)actual).Value;
            if (!match(Nfc(control.Value), Nfc(value)))
            {
                differences.Add(new(control.Tag, $"{where}: \"{control.Value}\" expected, \"{value}\" read"));
            }

            return;
        }

        var data = (DataField)expected;
        var other = (DataField)actual;
        if (data.Indicator1 != other.Indicator1 || data.Indicator2 != other.Indicator2)
        {
            differences.Add(new(data.Tag, $"{where}: indicators '{data.Indicator1}{data.Indicator2}' expected, '{other.Indicator1}{other.Indicator2}' read"));
        }

        if (data.Subfields.Count != other.Subfields.Count)
        {
            differences.Add(new(data.Tag, $"{where}: {Describe(data)} expected, {Describe(other)} read"));
            return;
        }

        for (var s = 0; s < data.Subfields.Count; s++)
        {
            var (e, a) = (data.Subfields[s], other.Subfields[s]);
            if (e.Code != a.Code || !match(Nfc(e.Value), Nfc(a.Value)))
            {
                differences.Add(new(data.Tag, $"{where}: ${e.Code} \"{e.Value}\" expected, ${a.Code} \"{a.Value}\" read"));
            }
        }
    }

    private static string Nfc(string value) => value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

    private static string Tags(MarcRecord record) => string.Join(' ', record.Fields.Select(f => f.Tag));

    private static string Describe(MarcField field) => field switch
    {
        ControlField c => $"{c.Tag} \"{c.Value}\"",
        DataField d => $"{d.Tag} {d.Indicator1}{d.Indicator2} {string.Concat(d.Subfields.Select(s => $"${s.Code}{s.Value}"))}",
        _ => field.Tag,
    };
}
