namespace Gateway.Simulators.Data.Identifiers;

/// <summary>ISBN-10 and ISBN-13 check digits, validation and conversion.</summary>
public static class Isbn
{
    /// <summary>The check digit for the first 12 digits of an ISBN-13 (or EAN-13).</summary>
    public static char Isbn13CheckDigit(ReadOnlySpan<char> first12)
    {
        if (first12.Length != 12)
        {
            throw new ArgumentException("Expected 12 digits.", nameof(first12));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>The check character (0-9 or X) for the first 9 digits of an ISBN-10.</summary>
    public static char Isbn10CheckDigit(ReadOnlySpan<char> first9)
    {
        if (first9.Length != 9)
        {
            throw new ArgumentException("Expected 9 digits.", nameof(first9));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (first9[i] - '0') * (10 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>True for a 13-digit string (hyphens and spaces ignored) with a correct check digit.</summary>
    public static bool IsValidIsbn13(string value)
    {
        var digits = Normalize(value);
        return digits.Length == 13 && digits.All(char.IsAsciiDigit) && Isbn13CheckDigit(digits.AsSpan(0, 12)) == digits[12];
    }

    /// <summary>True for a 10-character ISBN (hyphens and spaces ignored) with a correct check character.</summary>
    public static bool IsValidIsbn10(string value)
    {
        var digits = Normalize(value);
        return digits.Length == 10 && digits[..9].All(char.IsAsciiDigit)
            && Isbn10CheckDigit(digits.AsSpan(0, 9)) == char.ToUpperInvariant(digits[9]);
    }

    /// <summary>The ISBN-10 form of a 978-prefixed ISBN-13, or null for 979 numbers.</summary>
    public static string? ToIsbn10(string isbn13)
    {
        var digits = Normalize(isbn13);
        if (digits.Length != 13 || !digits.StartsWith("978", StringComparison.Ordinal))
        {
            return null;
        }

        var first9 = digits.Substring(3, 9);
        return first9 + Isbn10CheckDigit(first9);
    }

    /// <summary>Removes hyphens and spaces.</summary>
    public static string Normalize(string value) => value.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}
