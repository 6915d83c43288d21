namespace Gateway.Clustering;

/// <summary>
/// Reads the edition number from an edition statement (MARC 250 $a) in the forms cataloguers write: "2nd ed.",
/// "Second edition.", "3rd edition, revised", "Ed. 4", "5. Aufl.". A record without an edition statement is taken to
/// be a first edition (1); a statement without a number ("Rev. ed.", "New edition") gives null, which agrees with any
/// number.
/// </summary>
public static class EditionStatement
{
    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",
    ];

    /// <summary>The edition number of <paramref name="statement"/>: 1 when it is null or blank, null when it has no number.</summary>
    public static int? Number(string? statement)
    {
        var folded = TextFolding.Fold(statement);
        if (folded.Length == 0)
        {
            return 1;
        }

        foreach (var word in folded.Split(' '))
        {
            var ordinal = Array.IndexOf(OrdinalWords, word);
            if (ordinal >= 0)
            {
                return ordinal + 1;
            }

            if (LeadingNumber(word) is { } number)
            {
                return number;
            }
        }

        return null;
    }

    // "2nd", "3rd", "21st", "4th", "2" (as in "Ed. 2" or "5. Aufl.") — digits, optionally an English ordinal suffix.
    private static int? LeadingNumber(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 3)
        {
            return null;
        }

        var suffix = word.AsSpan(digits);
        if (!suffix.IsEmpty && suffix is not "st" and not "nd" and not "rd" and not "th")
        {
            return null;
        }

        var value = int.Parse(word.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return value is > 0 and < 200 ? value : null;
    }
}
