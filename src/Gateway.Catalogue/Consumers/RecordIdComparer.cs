namespace Gateway.Catalogue.Consumers;

/// <summary>Compares vendor record ids numerically when both are integers, else ordinally.</summary>
internal sealed class RecordIdComparer : IComparer<string>
{
    public static RecordIdComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (long.TryParse(x, out var a) && long.TryParse(y, out var b))
        {
            return a.CompareTo(b);
        }

        return string.CompareOrdinal(x, y);
    }
}
