using System.Globalization;
using System.Text;

namespace Gateway.Marc.Tests;

/// <summary>Builds binary records from raw field bytes (for MARC-8 text, which the writer cannot produce).</summary>
internal static class RawRecords
{
    /// <summary>A record with leader/09 blank (MARC-8) and the fields' bytes (without terminators) as given.</summary>
    public static byte[] Marc8(params (string Tag, byte[] Body)[] fields) => Build(' ', fields);

    /// <summary>A record with leader/09 'a' (UTF-8) and the fields' bytes (without terminators) as given, valid or not.</summary>
    public static byte[] Utf8(params (string Tag, byte[] Body)[] fields) => Build('a', fields);

    private static byte[] Build(char coding, (string Tag, byte[] Body)[] fields)
    {
        using var data = new MemoryStream();
        var directory = new StringBuilder();
        foreach (var (tag, body) in fields)
        {
            directory.Append(CultureInfo.InvariantCulture, $"{tag}{body.Length + 1:D4}{data.Length:D5}");
            data.Write(body);
            data.WriteByte(0x1E);
        }

        var baseAddress = 24 + directory.Length + 1;
        var length = baseAddress + (int)data.Length + 1;
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{length:D5}nam {coding}22{baseAddress:D5}   4500{directory}\u001E"));
        return [.. head, .. data.ToArray(), 0x1D];
    }

    /// <summary>Data field bytes: indicators, then each subfield as delimiter, code and bytes.</summary>
    public static byte[] Field(string indicators, params (char Code, byte[] Value)[] subfields)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(indicators));
        foreach (var (code, value) in subfields)
        {
            bytes.Add(0x1F);
            bytes.Add((byte)code);
            bytes.AddRange(value);
        }

        return [.. bytes];
    }

    /// <summary>The string's characters as bytes (all must be below U+0100; write ESC as \e).</summary>
    public static byte[] Latin1(string value) => Encoding.Latin1.GetBytes(value);
}
