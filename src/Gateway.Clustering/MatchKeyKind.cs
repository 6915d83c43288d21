namespace Gateway.Clustering;

/// <summary>The kinds of key that can join two source records, strongest first.</summary>
public enum MatchKeyKind
{
    /// <summary>A shared OCLC (WorldCat) number.</summary>
    Oclc = 4,

    /// <summary>A shared ISBN-13.</summary>
    Isbn = 3,

    /// <summary>A shared ISSN.</summary>
    Issn = 2,

    /// <summary>The same folded title proper, first author (or publisher), year, edition number, format and part.</summary>
    TitleAuthor = 1,
}
