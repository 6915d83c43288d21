using System.Text;
using Gateway.Marc;

namespace Gateway.Clustering.Evaluation;

/// <summary>
/// Cataloguing variation the generator does not make itself, applied to a record with known truth: diacritics in
/// names (the same name with its accents in every system, dropped by some cataloguers), MARC-8 exports, the subtitle
/// run into 245 $a, and an occasional typing slip in the title. The generator already varies ISBD punctuation, case,
/// AACR2 260 against RDA 264, dropped subtitles, ISBN-10 against ISBN-13 and missing ISBNs and OCLC numbers.
/// </summary>
internal sealed class CatalogueNoise(NoiseOptions options)
{
    private static readonly (char Plain, char Accented)[] Accents = [('u', 'ü'), ('e', 'é'), ('o', 'ö'), ('a', 'å'), ('c', 'ç'), ('n', 'ñ')];

    public MarcRecord Apply(MarcRecord record, string systemId, Random random)
    {
        var fields = record.Fields.Select(f => f is DataField d ? Vary(d, random) : f).ToList();
        var varied = new MarcRecord(record.Leader, fields);
        return options.Marc8Systems.Contains(systemId) && random.NextDouble() < options.Marc8Share
            ? Marc8RecordCodec.RoundTrip(varied)
            : varied;
    }

    private DataField Vary(DataField field, Random random) => field.Tag switch
    {
        "100" or "700" => WithValue(field, 'a', name => Accented(name, random)),
        "245" => VaryTitle(field, random),
        _ => field,
    };

    // A name gets accents when its surname is one of the "accented" ones (decided by the name, so every system agrees),
    // unless this cataloguer drops them.
    private string Accented(string name, Random random)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var surname = comma > 0 ? name[..comma] : name;
        if (Hash(surname) % 100 >= options.AccentedNamePercent || random.NextDouble() < options.DropAccentShare)
        {
            return name;
        }

        var builder = new StringBuilder(surname);
        foreach (var (plain, accented) in Accents)
        {
            var at = surname.IndexOf(plain, StringComparison.Ordinal);
            if (at > 0)
            {
                builder[at] = accented;
                break;
            }
        }

        return builder + name[surname.Length..];
    }

    private DataField VaryTitle(DataField field, Random random)
    {
        var a = field.FirstValue('a');
        var b = field.FirstValue('b');
        if (a is null)
        {
            return field;
        }

        if (b is not null && random.NextDouble() < options.SubtitleInTitleShare)
        {
            // "Title : subtitle /" all in $a, as some systems (and many migrations) have it.
            var merged = field.Subfields.Where(s => s.Code != 'b').Select(s => s.Code == 'a' ? new Subfield('a', a.TrimEnd(' ', ':') + " : " + b) : s);
            return field with { Subfields = [.. merged] };
        }

        if (random.NextDouble() < options.TitleTypoShare && a.Length > 8)
        {
            var at = random.Next(2, a.Length - 2);
            return WithValue(field, 'a', value => value.Remove(at, 1));
        }

        return field;
    }

    private static DataField WithValue(DataField field, char code, Func<string, string> change)
    {
        var done = false;
        var subfields = field.Subfields.Select(s =>
        {
            if (done || s.Code != code)
            {
                return s;
            }

            done = true;
            return s with { Value = change(s.Value) };
        });
        return field with { Subfields = [.. subfields] };
    }

    private static int Hash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return Math.Abs(hash % 1000);
    }
}
