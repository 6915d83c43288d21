namespace Gateway.Marc;

/// <summary>Validates ISBNs and normalises them to ISBN-13.</summary>
public static class IsbnNormalizer
{
    /// <summary>
    /// The 13-digit ISBN for a valid ISBN-10 or ISBN-13 (hyphens and spaces ignored, check digit verified; ISBN-10 gets
    /// the 978 prefix and a new check digit), or null when the input is not a valid ISBN.
    /// </summary>
    public static string? ToIsbn13(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);

        Span<char> chars = stackalloc char[13];
        var count = 0;
        foreach (var c in raw)
        {
            if (c is '-' or ' ' or '\u2010' or '\u2011')
            {
                continue;
            }

            if (count == 13 || !(char.IsAsciiDigit(c) || c is 'X' or 'x'))
            {
                return null;
            }

            chars[count++] = c;
        }

        return count switch
        {
            10 => FromIsbn10(chars[..10]),
            13 => IsValidIsbn13(chars) ? new string(chars) : null,
            _ => null,
        };
    }

    /// <summary>The leading ISBN-looking token of a 020 $a value such as "0471383147 (paper : alk. paper)", or null.</summary>
    internal static string? LeadingToken(string value)
    {
        var span = value.AsSpan().TrimStart();
        if (span.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..].TrimStart(" :-");
        }

        var length = 0;
        while (length < span.Length && (char.IsAsciiDigit(span[length]) || span[length] is 'X' or 'x' or '-'))
        {
            length++;
        }

        return length == 0 ? null : span[..length].ToString();
    }

    private static string? FromIsbn10(ReadOnlySpan<char> isbn10)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            int digit;
            if (char.IsAsciiDigit(isbn10[i]))
            {
                digit = isbn10[i] - '0';
            }
            else if (i == 9)
            {
                digit = 10;
            }
            else
            {
                return null;
            }

            sum += (10 - i) * digit;
        }

        if (sum % 11 != 0)
        {
            return null;
        }

        Span<char> isbn13 = stackalloc char[13];
        "978".CopyTo(isbn13);
        isbn10[..9].CopyTo(isbn13[3..]);
        isbn13[12] = (char)('0' + Isbn13CheckDigit(isbn13[..12]));
        return new string(isbn13);
    }

    private static bool IsValidIsbn13(ReadOnlySpan<char> isbn13)
    {
        foreach (var c in isbn13)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return isbn13[0] == '9' && isbn13[1] == '7' && isbn13[2] is '8' or '9'
            && Isbn13CheckDigit(isbn13[..12]) == isbn13[12] - '0';
    }

    private static int Isbn13CheckDigit(ReadOnlySpan<char> first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10;
    }
}
