namespace Gateway.Marc;

/// <summary>Cached one-character strings for indicators and subfield codes, to avoid allocations in writers and readers.</summary>
internal static class CharStrings
{
    private static readonly string[] Ascii = CreateAscii();

    /// <summary>The character as a string; cached for ASCII.</summary>
    public static string Of(char c) => c < 128 ? Ascii[c] : c.ToString();

    private static string[] CreateAscii()
    {
        var table = new string[128];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = ((char)i).ToString();
        }

        return table;
    }
}
