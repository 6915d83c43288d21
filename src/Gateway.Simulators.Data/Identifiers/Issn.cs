namespace Gateway.Simulators.Data.Identifiers;

/// <summary>ISSN check characters and formatting ("1234-567X").</summary>
public static class Issn
{
    /// <summary>The check character (0-9 or X) for the first 7 digits of an ISSN.</summary>
    public static char CheckDigit(ReadOnlySpan<char> first7)
    {
        if (first7.Length != 7)
        {
            throw new ArgumentException("Expected 7 digits.", nameof(first7));
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (first7[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>Formats 7 digits plus their check character as "NNNN-NNNC".</summary>
    public static string Format(string first7) => string.Concat(first7.AsSpan(0, 4), "-", first7.AsSpan(4, 3), CheckDigit(first7).ToString());

    /// <summary>True for "NNNN-NNNC" or "NNNNNNNC" with a correct check character.</summary>
    public static bool IsValid(string value)
    {
        var digits = value.Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 8 && digits[..7].All(char.IsAsciiDigit) && CheckDigit(digits.AsSpan(0, 7)) == char.ToUpperInvariant(digits[7]);
    }
}
