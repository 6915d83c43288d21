namespace Gateway.Clustering;

/// <summary>Value equality of match records, lists compared by content (the record type compares them by reference).</summary>
public static class MatchRecordEquality
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> say the same thing to the matching rules.</summary>
    public static bool Same(MatchRecord? a, MatchRecord? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return a.SourceId == b.SourceId && a.Title == b.Title && a.Subtitle == b.Subtitle && a.Part == b.Part
            && a.FirstAuthor == b.FirstAuthor && a.Year == b.Year && a.EditionNumber == b.EditionNumber
            && a.Format == b.Format && a.Publisher == b.Publisher
            && a.Isbns.SequenceEqual(b.Isbns) && a.Issns.SequenceEqual(b.Issns) && a.OclcNumbers.SequenceEqual(b.OclcNumbers);
    }
}
