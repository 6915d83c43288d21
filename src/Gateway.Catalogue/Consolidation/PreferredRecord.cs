using Gateway.Catalogue.Consumers;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Gateway.Marc;

namespace Gateway.Catalogue.Consolidation;

/// <summary>
/// Chooses the source record whose description a consolidated record uses: the most complete (decision 0018) — first
/// one with identifiers (ISBN, ISSN or OCLC number), then one with RDA's 264, then the longest description (characters
/// of every data field but items and local 9XX fields), then the most such fields; ties go to the system listed first
/// in <c>Consolidation:SystemPriority</c> (unlisted systems after, by id), then to the lowest vendor record id.
/// </summary>
internal static class PreferredRecord
{
    /// <summary>A member as the rule sees it: its record, its parsed MARC (null without MARCXML) and its description.</summary>
    public sealed record Candidate(SourceRecord Record, MarcRecord? Marc, BibliographicDescription Description);

    public static Candidate Choose(IReadOnlyList<Candidate> candidates, IReadOnlyList<string> systemPriority)
    {
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count);
        return candidates
            .OrderByDescending(c => HasIdentifiers(c.Description))
            .ThenByDescending(c => c.Marc?.DataFields("264").Any() == true)
            .ThenByDescending(c => DescriptiveFields(c.Marc).Sum(f => f.Subfields.Sum(s => s.Value.Length)))
            .ThenByDescending(c => DescriptiveFields(c.Marc).Count())
            .ThenBy(c => Priority(c.Record.SystemId, systemPriority))
            .ThenBy(c => c.Record.SystemId, StringComparer.Ordinal)
            .ThenBy(c => c.Record.VendorRecordId, RecordIdComparer.Instance)
            .First();
    }

    /// <summary>Data fields that describe the edition: not items (852, 949, 952) nor other local 9XX fields.</summary>
    public static IEnumerable<DataField> DescriptiveFields(MarcRecord? marc) =>
        marc is null ? [] : marc.Fields.OfType<DataField>().Where(f => f.Tag[0] != '9' && f.Tag != "852");

    private static bool HasIdentifiers(BibliographicDescription d) => d.Isbns.Count + d.Issns.Count + d.OclcNumbers.Count > 0;

    private static int Priority(string systemId, IReadOnlyList<string> systemPriority)
    {
        for (var i = 0; i < systemPriority.Count; i++)
        {
            if (string.Equals(systemPriority[i], systemId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
