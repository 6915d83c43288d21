namespace Gateway.Marc;

/// <summary>Normalises OCLC control numbers as found in 035 $a and 001.</summary>
public static class OclcNumber
{
    private const string Prefix = "(OCoLC)";

    /// <summary>Digits without leading zeros from "(OCoLC)123", "(OCoLC)ocm00012345", "(OCoLC)ocn123456789", "(OCoLC)on1234567890"; null for anything else.</summary>
    public static string? From035(string value)
    {
        var span = value.AsSpan().Trim();
        return span.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? Digits(span[Prefix.Length..]) : null;
    }

    /// <summary>Digits without leading zeros from an OCLC 001 value ("ocm00012345", "ocn123456789", "on1234567890", "12345"); null for anything else.</summary>
    public static string? From001(string value) => Digits(value.AsSpan());

    private static string? Digits(ReadOnlySpan<char> span)
    {
        span = span.Trim();
        if (span.StartsWith("ocm", StringComparison.OrdinalIgnoreCase) || span.StartsWith("ocn", StringComparison.OrdinalIgnoreCase))
        {
            span = span[3..];
        }
        else if (span.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        span = span.Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        span = span.TrimStart('0');
        return span.IsEmpty ? null : span.ToString();
    }
}
