using System.Text;

namespace Gateway.Clustering;

/// <summary>
/// The part a record describes (MARC 245 $n number of part, $p name of part), folded so that "v. 2", "Vol. 2",
/// "Volume II" and "2" agree: words such as "volume", "part", "band" are dropped and Roman numerals in the number of part become digits.
/// Two records of one multi-volume set share the set's ISBN but never the same part, which keeps them apart.
/// </summary>
public static class PartDesignation
{
    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal)
    {
        "v", "vol", "vols", "volume", "volumes", "pt", "part", "parts", "bd", "band", "t", "tome", "tomo", "no", "number", "book", "bk",
    };

    /// <summary>The folded designation of <paramref name="numbers"/> then <paramref name="names"/>, or null when both are empty.</summary>
    public static string? Fold(IEnumerable<string> numbers, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(names);
        var builder = new StringBuilder();
        foreach (var (value, isNumber) in numbers.Select(n => (n, true)).Concat(names.Select(n => (n, false))))
        {
            var words = TextFolding.Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                // "v. 5" and "Volume V": a part word is dropped when something follows it, so a lone "v" stays a numeral.
                var word = words[i];
                if (PartWords.Contains(word) && i + 1 < words.Length)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append((isNumber ? RomanToDigits(word) : null) ?? word);
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? RomanToDigits(string word)
    {
        if (word.Length is 0 or > 6)
        {
            return null;
        }

        var total = 0;
        var previous = 0;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            var value = word[i] switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
            if (value == 0)
            {
                return null;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total > 0 ? total.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
