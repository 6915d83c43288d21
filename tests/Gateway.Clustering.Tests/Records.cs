using Gateway.Clustering;

namespace Gateway.Clustering.Tests;

/// <summary>Match records for tests, described as a cataloguer would see them.</summary>
internal static class Records
{
    public static MatchRecord Book(
        string id,
        string title = "oxford handbook of clinical medicine",
        int? year = 2017,
        string? isbn = null,
        string? oclc = null,
        string format = "book",
        int? edition = 10,
        string? part = null,
        string? author = "longmore",
        string? issn = null) => new()
        {
            SourceId = id, Title = title, Year = year, Format = format, EditionNumber = edition, Part = part, FirstAuthor = author,
            Isbns = isbn is null ? [] : [isbn], OclcNumbers = oclc is null ? [] : [oclc], Issns = issn is null ? [] : [issn],
        };
}
