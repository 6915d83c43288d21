using System.Globalization;
using System.Text;
using Gateway.Marc;

namespace Gateway.Clustering.Evaluation;

/// <summary>
/// Writes a record in MARC-8 (leader/09 blank) as a system still using MARC-8 would export it, for the Latin letters
/// with the diacritics the corpus uses, then reads it back through the library's reader and MARC-8 decoder. The
/// combining mark goes before its base letter, as MARC-8 writes it.
/// </summary>
internal static class Marc8RecordCodec
{
    private static readonly Dictionary<char, byte> Ansel = new()
    {
        ['\u0300'] = 0xE1, // grave
        ['\u0301'] = 0xE2, // acute
        ['\u0302'] = 0xE3, // circumflex
        ['\u0303'] = 0xE4, // tilde
        ['\u0308'] = 0xE8, // diaeresis
        ['\u030A'] = 0xEA, // ring above
        ['\u0327'] = 0xF0, // cedilla
    };

    public static MarcRecord RoundTrip(MarcRecord record) => Iso2709Reader.Parse(Write(record));

    public static byte[] Write(MarcRecord record)
    {
        using var data = new MemoryStream();
        var directory = new StringBuilder();
        foreach (var field in record.Fields)
        {
            var start = data.Length;
            if (field is ControlField control)
            {
                data.Write(Encode(control.Value));
            }
            else if (field is DataField dataField)
            {
                data.WriteByte((byte)dataField.Indicator1);
                data.WriteByte((byte)dataField.Indicator2);
                foreach (var subfield in dataField.Subfields)
                {
                    data.WriteByte(0x1F);
                    data.WriteByte((byte)subfield.Code);
                    data.Write(Encode(subfield.Value));
                }
            }

            data.WriteByte(0x1E);
            directory.Append(CultureInfo.InvariantCulture, $"{field.Tag}{data.Length - start:D4}{start:D5}");
        }

        var baseAddress = 24 + directory.Length + 1;
        var length = baseAddress + (int)data.Length + 1;
        var leader = record.Leader.ToCharArray();
        leader[9] = ' ';
        var head = string.Create(CultureInfo.InvariantCulture, $"{length:D5}{new string(leader, 5, 7)}{baseAddress:D5}{new string(leader, 17, 7)}{directory}\u001E");
        return [.. Encoding.ASCII.GetBytes(head), .. data.ToArray(), 0x1D];
    }

    private static byte[] Encode(string value)
    {
        var bytes = new List<byte>(value.Length + 4);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (Ansel.TryGetValue(c, out var mark))
            {
                // The mark follows its letter in Unicode and precedes it in MARC-8: move it before the last letter written.
                bytes.Insert(bytes.Count - 1, mark);
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                throw new ArgumentException($"U+{(int)c:X4} is outside what this codec writes", nameof(value));
            }
        }

        return [.. bytes];
    }
}
