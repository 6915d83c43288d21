using System.Globalization;

namespace Gateway.Marc;

/// <summary>Checks a 020 $a value and, when it is not a valid ISBN, says why in words staff can act on.</summary>
public static class IsbnCheck
{
    /// <summary>The ISBN-13 of a 020 $a value, or the reason it has none.</summary>
    public static IsbnVerdict Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var token = IsbnNormalizer.LeadingToken(value);
        if (token is null)
        {
            return new(null, "no ISBN in 020 $a");
        }

        if (IsbnNormalizer.ToIsbn13(token) is { } isbn13)
        {
            return new(isbn13, null);
        }

        return new(null, Diagnose(token.Replace("-", string.Empty, StringComparison.Ordinal)));
    }

    private static string Diagnose(string digits)
    {
        var x = digits.AsSpan().IndexOfAny('X', 'x');
        switch (digits.Length)
        {
            case 10 when x >= 0 && x != 9:
                return "misplaced X in ISBN-10 (only the check digit may be X)";
            case 10:
                return "invalid ISBN check digit";
            case 13 when x >= 0:
                return "X in an ISBN-13 (its check digit is 0-9)";
            case 13 when !digits.StartsWith("978", StringComparison.Ordinal) && !digits.StartsWith("979", StringComparison.Ordinal):
                return "ISBN-13 does not start with 978 or 979";
            case 13:
                return "invalid ISBN check digit";
            default:
                return string.Create(CultureInfo.InvariantCulture, $"ISBN has {digits.Length} digits, not 10 or 13");
        }
    }
}
