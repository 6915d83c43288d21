using System.Globalization;
using System.Text;

namespace Gateway.Clustering;

/// <summary>
/// Folds catalogue text to a comparison form: Unicode compatibility decomposition with combining marks removed (so
/// "Müller" in MARC-8 or UTF-8, composed or not, folds like "Muller"), lower case, "&amp;" as "and", every run of
/// punctuation or spaces as one space, trimmed. ISBD punctuation, case and diacritics therefore never decide a match.
/// </summary>
public static class TextFolding
{
    private static readonly string[] LeadingArticles = ["the ", "a ", "an "];

    /// <summary>The folded form of <paramref name="text"/>; empty for null or text without letters or digits.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append("and");
                pendingSpace = true;
            }
            else if (c is not '\'' and not '\u2019')
            {
                // Apostrophes join ("Gray's" folds like "Grays"); anything else separates words.
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A folded title without a leading English article ("the", "a", "an").</summary>
    public static string FoldTitle(string? title)
    {
        var folded = Fold(title);
        foreach (var article in LeadingArticles)
        {
            if (folded.Length > article.Length && folded.StartsWith(article, StringComparison.Ordinal))
            {
                return folded[article.Length..];
            }
        }

        return folded;
    }

    /// <summary>The surname of an inverted personal name ("Longmore, Murray B." → "longmore"), or a folded corporate name.</summary>
    public static string? Surname(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var folded = Fold(comma > 0 ? name[..comma] : name);
        return folded.Length == 0 ? null : folded;
    }
}
