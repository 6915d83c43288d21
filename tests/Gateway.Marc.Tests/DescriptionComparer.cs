using Gateway.Contracts;

namespace Gateway.Marc.Tests;

/// <summary>Value equality of descriptions (their lists compare by reference).</summary>
internal sealed class DescriptionComparer : IEqualityComparer<BibliographicDescription>
{
    public bool Equals(BibliographicDescription? x, BibliographicDescription? y) =>
        x is not null && y is not null
        && x.Title == y.Title && x.Authors.SequenceEqual(y.Authors) && x.Isbns.SequenceEqual(y.Isbns)
        && x.Issns.SequenceEqual(y.Issns) && x.OclcNumbers.SequenceEqual(y.OclcNumbers) && x.Publisher == y.Publisher
        && x.PublicationYear == y.PublicationYear && x.Edition == y.Edition && x.Language == y.Language
        && x.Format == y.Format && x.Subjects.SequenceEqual(y.Subjects);

    public int GetHashCode(BibliographicDescription obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
}
