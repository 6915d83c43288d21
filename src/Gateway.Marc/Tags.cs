namespace Gateway.Marc;

/// <summary>Shared tag strings, so readers do not allocate a string per field for numeric tags.</summary>
internal static class Tags
{
    private static readonly string[] Numeric = CreateNumeric();

    /// <summary>The tag for three bytes: a cached string for 000-999, else a new Latin-1 string.</summary>
    public static string FromBytes(ReadOnlySpan<byte> tag)
    {
        if (tag.Length == 3 && IsDigit(tag[0]) && IsDigit(tag[1]) && IsDigit(tag[2]))
        {
            return Numeric[((tag[0] - '0') * 100) + ((tag[1] - '0') * 10) + (tag[2] - '0')];
        }

        return System.Text.Encoding.Latin1.GetString(tag);
    }

    /// <summary>The cached instance of a numeric tag string, or the string itself.</summary>
    public static string Intern(string tag)
    {
        if (tag.Length == 3 && char.IsAsciiDigit(tag[0]) && char.IsAsciiDigit(tag[1]) && char.IsAsciiDigit(tag[2]))
        {
            return Numeric[((tag[0] - '0') * 100) + ((tag[1] - '0') * 10) + (tag[2] - '0')];
        }

        return tag;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static string[] CreateNumeric()
    {
        var table = new string[1000];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        }

        return table;
    }
}
