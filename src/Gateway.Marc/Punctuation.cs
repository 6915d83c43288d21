namespace Gateway.Marc;

/// <summary>Removes the ISBD punctuation cataloguers put at the end of subfields (" /", " :", " ;", ",", ".", "=").</summary>
internal static class Punctuation
{
    /// <summary>The value trimmed of surrounding whitespace and trailing ISBD punctuation; null when nothing is left.</summary>
    public static string? TrimTrailing(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        while (!span.IsEmpty && span[^1] is '/' or ':' or ';' or ',' or '.' or '=')
        {
            span = span[..^1].TrimEnd();
        }

        return span.IsEmpty ? null : span.Length == value.Length ? value : span.ToString();
    }
}
