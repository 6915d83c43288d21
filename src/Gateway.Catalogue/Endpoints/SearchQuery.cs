using System.Globalization;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Options;
using Gateway.Clustering;
using Gateway.Marc;
using Gateway.Systems;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// The validated query of <c>GET /api/v1/records</c> (search over clusters, decision 0021); <see cref="Problem"/>
/// says what is wrong, if anything.
/// </summary>
/// <param name="Words">The folded words of <c>q</c>, every one required; empty without <c>q</c> (then id order).</param>
/// <param name="MatchKeys">The match keys of <c>isbn</c> and <c>oclc</c> (<c>isbn:978…</c>, <c>oclc:…</c>): the cluster must have a member with each.</param>
/// <param name="SetSpecs">The cluster must be in one of these sets (<c>system:…</c> or <c>library:…</c>); empty for any.</param>
/// <param name="After">The previous page's last key, or null for the first page.</param>
/// <param name="Limit">Page size.</param>
/// <param name="Echo">The parameters as given, for the next page's link.</param>
/// <param name="Problem">What is wrong with them, or null.</param>
internal sealed record SearchQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> MatchKeys,
    IReadOnlyList<string> SetSpecs,
    SearchCursor? After,
    int Limit,
    SearchParameters Echo,
    ProblemDetails? Problem)
{
    /// <summary>Longest <c>q</c> accepted, in characters.</summary>
    public const int MaxQueryLength = 256;

    /// <summary>Most words of <c>q</c> used.</summary>
    public const int MaxWords = 16;

    public bool Ranked => Words.Count > 0;

    public static SearchQuery Parse(SearchParameters p, ISystemsRegistry registry, CatalogueOptions options)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = ParseWords(p.Q, errors);
        var keys = new List<string>();

        if (p.Isbn is not null)
        {
            if (IsbnNormalizer.ToIsbn13(p.Isbn.Trim()) is { } isbn13)
            {
                keys.Add(new MatchKey(MatchKeyKind.Isbn, isbn13).ToString());
            }
            else
            {
                errors["isbn"] = [$"isbn '{p.Isbn}' is not a valid ISBN-10 or ISBN-13 ({IsbnCheck.Check(p.Isbn).Problem})."];
            }
        }

        if (p.Oclc is not null)
        {
            if ((OclcNumber.From035(p.Oclc) ?? OclcNumber.From001(p.Oclc)) is { } oclc)
            {
                keys.Add(new MatchKey(MatchKeyKind.Oclc, oclc).ToString());
            }
            else
            {
                errors["oclc"] = [$"oclc '{p.Oclc}' is not an OCLC number: digits, optionally with (OCoLC), ocm, ocn or on before them."];
            }
        }

        var specs = ResolveSets(p.System, p.Library, registry, errors);

        var pageSize = options.DefaultPageSize;
        if (p.Limit is not null
            && (!int.TryParse(p.Limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > options.MaxPageSize))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {options.MaxPageSize} (was '{p.Limit}')."];
        }

        SearchCursor? after = null;
        if (p.Cursor is not null
            && (!SearchCursor.TryDecode(p.Cursor, out after) || (after!.Score is not null) != (words.Count > 0)))
        {
            errors["cursor"] = ["cursor is not one this API issued for this query: pass the nextCursor of a previous page unchanged, with the same q."];
        }

        var problem = errors.Count == 0 ? null : Problems.Validation(errors);
        return new SearchQuery(words, keys, specs, after, pageSize, p, problem);
    }

    private static List<string> ParseWords(string? q, Dictionary<string, string[]> errors)
    {
        if (q is null)
        {
            return [];
        }

        if (q.Length > MaxQueryLength)
        {
            errors["q"] = [$"q is {q.Length} characters long; at most {MaxQueryLength} are accepted."];
            return [];
        }

        var words = TextFolding.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            errors["q"] = ["q has no letters or digits to search for: give at least one word, or leave q out to list every record."];
        }
        else if (words.Count > MaxWords)
        {
            errors["q"] = [$"q has {words.Count} words; at most {MaxWords} are accepted."];
        }

        return words;
    }

    private static List<string> ResolveSets(string? system, string? library, ISystemsRegistry registry, Dictionary<string, string[]> errors)
    {
        var knownSystem = system is null ? null : registry.Find(system);
        if (system is not null && knownSystem is null)
        {
            errors["system"] = [$"No regional system '{system}'. GET /api/v1/systems lists them."];
            return [];
        }

        if (library is null)
        {
            return knownSystem is null ? [] : [OaiSets.System(knownSystem.Id)];
        }

        // "{systemId}.{code}", or a bare code: every system (or the one named by system) with a library of that code.
        var dot = library.IndexOf('.', StringComparison.Ordinal);
        var named = dot > 0 ? registry.Find(library[..dot]) : null;
        var candidates = named is not null ? [(named, library[(dot + 1)..])] : registry.All.Select(s => (s, library));
        var matches = candidates
            .Where(c => knownSystem is null || c.Item1.Id == knownSystem.Id)
            .Where(c => c.Item1.Libraries.Any(l => string.Equals(l.Code, c.Item2, StringComparison.Ordinal)))
            .Select(c => OaiSets.Library(c.Item1.Id, c.Item2))
            .ToList();
        if (matches.Count == 0)
        {
            errors["library"] = [knownSystem is null
                ? $"No library '{library}' in any regional system: give a library code or {{systemId}}.{{code}}; GET /api/v1/systems lists them."
                : $"No library '{library}' in regional system '{knownSystem.Id}'; GET /api/v1/systems lists its libraries."];
        }

        return matches;
    }
}
