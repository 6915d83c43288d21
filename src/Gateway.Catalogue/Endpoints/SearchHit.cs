namespace Gateway.Catalogue.Endpoints;

/// <summary>One consolidated record (cluster) found by a search.</summary>
/// <param name="Id">The consolidated record's id (<c>c</c> + 16 hex digits).</param>
/// <param name="Score">Its score for the words searched (higher first; decision 0021); null without <c>q</c>.</param>
/// <param name="Title">The preferred source record's title proper and subtitle.</param>
/// <param name="Authors">The preferred source record's names, main entry first.</param>
/// <param name="Year">Year of publication.</param>
/// <param name="Format">Broad format: book, ebook, serial, visual, audio, computer-file or other.</param>
/// <param name="Identifiers">Every source record's ISBN-13s, ISSNs and OCLC numbers.</param>
/// <param name="Systems">The regional systems holding a source record of it.</param>
/// <param name="Libraries">The libraries holding an item of it.</param>
/// <param name="Sources">Its source records' ids (<c>{systemId}:{vendorRecordId}</c>).</param>
/// <param name="Links">The consolidated record.</param>
public sealed record SearchHit(
    string Id,
    int? Score,
    string Title,
    IReadOnlyList<string> Authors,
    int? Year,
    string? Format,
    SearchHitIdentifiers Identifiers,
    IReadOnlyList<string> Systems,
    IReadOnlyList<SearchHitLibrary> Libraries,
    IReadOnlyList<string> Sources,
    SearchHitLinks Links);

/// <summary>A hit's identifiers, from every source record.</summary>
/// <param name="Isbns">ISBN-13s.</param>
/// <param name="Issns">ISSNs.</param>
/// <param name="OclcNumbers">OCLC numbers, digits only.</param>
public sealed record SearchHitIdentifiers(IReadOnlyList<string> Isbns, IReadOnlyList<string> Issns, IReadOnlyList<string> OclcNumbers);

/// <summary>A library holding an item of a hit.</summary>
/// <param name="SystemId">Its regional system.</param>
/// <param name="Code">Its code in that system.</param>
/// <param name="Name">Its name from the systems registry; the code when the registry does not list it.</param>
public sealed record SearchHitLibrary(string SystemId, string Code, string Name);

/// <summary>Links of a hit.</summary>
/// <param name="Self">The consolidated record: every source, every holding library (JSON), or MARCXML.</param>
public sealed record SearchHitLinks(string Self);
