namespace Gateway.Simulators.Data.Editions;

/// <summary>What an edition is: a printed book, an e-book (online resource) or a serial (journal run).</summary>
public enum MaterialKind
{
    /// <summary>A printed monograph (leader/06 'a', 07 'm').</summary>
    Book,

    /// <summary>An online monograph (leader/06 'a', 008/23 'o', an 856 link).</summary>
    EBook,

    /// <summary>A serial (leader/07 's', an ISSN, journal-run items).</summary>
    Serial,
}
