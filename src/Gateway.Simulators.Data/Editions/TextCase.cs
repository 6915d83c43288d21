namespace Gateway.Simulators.Data.Editions;

/// <summary>Case helpers for titles (sentence case as catalogued, title case as some feeds send).</summary>
internal static class TextCase
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "for", "from", "in", "of", "on", "or", "the", "to", "with", "by",
    };

    /// <summary>Upper-cases the first letter and any letter after ". " (a title part).</summary>
    public static string Sentence(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || (i >= 2 && chars[i - 1] == ' ' && chars[i - 2] == '.'))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>Capitalises every word but minor ones (except the first).</summary>
    public static string Title(string value)
    {
        var words = value.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length > 0 && (i == 0 || !Minor.Contains(word)))
            {
                words[i] = char.ToUpperInvariant(word[0]) + word[1..];
            }
        }

        return string.Join(' ', words);
    }
}
