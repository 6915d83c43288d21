namespace Gateway.Marc;

/// <summary>Makes strings safe for XML 1.0 (MARC data may hold control characters XML cannot carry).</summary>
internal static class XmlText
{
    /// <summary>The value unchanged when every character is legal in XML 1.0, else a copy with the illegal ones replaced by U+FFFD.</summary>
    public static string Sanitize(string value)
    {
        var firstBad = FirstIllegal(value);
        if (firstBad < 0)
        {
            return value;
        }

        return string.Create(value.Length, (value, firstBad), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan().CopyTo(span);
            for (var i = start; i < span.Length; i++)
            {
                var c = span[i];
                if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++;
                }
                else if (!IsLegal(c) || char.IsSurrogate(c))
                {
                    span[i] = '\uFFFD';
                }
            }
        });
    }

    private static int FirstIllegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c < 0xD800)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsLegal(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLegal(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
