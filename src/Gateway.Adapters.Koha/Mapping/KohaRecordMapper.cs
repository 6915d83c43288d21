using Gateway.Contracts;
using Gateway.Marc;

namespace Gateway.Adapters.Koha.Mapping;

/// <summary>Maps a Koha biblio (MARC 21 with Koha's 952 items and 999 ids) to the shared contracts.</summary>
internal static class KohaRecordMapper
{
    /// <summary>
    /// Tags that stay inside the adapter: 952 (items: circulation detail, in some exports borrower numbers) and
    /// 999 (Koha's internal ids). Holdings travel as their own messages.
    /// </summary>
    private static readonly HashSet<string> LocalTags = new(StringComparer.Ordinal) { "952", "999" };

    private static readonly Func<MarcField, bool> Shared = field => !IsLocal(field.Tag);
    private static readonly Func<string, bool> SharedTag = tag => !IsLocal(tag);
    private static readonly Func<string, bool> DescriptionTag = DescriptionExtractor.ReadsField;

    /// <summary>The biblio id Koha stores in 999 $c, else in 001.</summary>
    public static long? BiblioId(MarcRecord record)
    {
        // One loop instead of MarcRecord.FirstValue/ControlValue (LINQ): this runs for every record of every page.
        string? from999 = null, from001 = null;
        foreach (var field in record.Fields)
        {
            if (from999 is null && field is DataField { Tag: "999" } data)
            {
                from999 = data.FirstValue('c');
            }
            else if (from001 is null && field is ControlField { Tag: "001" } control)
            {
                from001 = control.Value;
            }
        }

        return long.TryParse((from999 ?? from001)?.Trim(), out var id) ? id : null;
    }

    /// <summary>The biblio id of a record of a view page: the same as <see cref="BiblioId(MarcRecord)"/> of its model.</summary>
    public static long? BiblioId(MarcXmlViewPage page, int record) =>
        long.TryParse((page.FirstValue(record, "999", 'c') ?? page.ControlValue(record, "001"))?.Trim(), out var id) ? id : null;

    /// <summary>
    /// The changed message of a fetched record: its description and its MARCXML without the local tags, both read
    /// straight from the fetched record (no filtered copy; the description never reads 952 or 999). The record is
    /// not changed.
    /// </summary>
    public static BibliographicRecordChanged ToChanged(
        string systemId, long biblioId, DateTimeOffset timestamp, MarcRecord record, Guid correlationId) =>
        ToChanged(systemId, biblioId, timestamp, Map(record), correlationId);

    /// <summary>The changed message of a record already mapped.</summary>
    public static BibliographicRecordChanged ToChanged(
        string systemId, long biblioId, DateTimeOffset timestamp, MappedRecord record, Guid correlationId) =>
        new()
        {
            SystemId = systemId,
            VendorRecordId = biblioId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourceTimestamp = timestamp.ToUniversalTime(),
            CorrelationId = correlationId,
            Description = record.Description,
            MarcXml = record.MarcXml,
        };

    /// <summary>A record's description and its MARCXML without the local tags.</summary>
    public static MappedRecord Map(MarcRecord record) =>
        new(DescriptionExtractor.Extract(record), MarcXmlWriter.ToXmlSingleQuoted(record, Shared));

    /// <summary>
    /// A record of a view page mapped as <see cref="Map(MarcRecord)"/> maps its model (decision 0031): the MARCXML
    /// written from the page's bytes, the description from a record of only the fields it reads.
    /// </summary>
    public static MappedRecord Map(MarcXmlViewPage page, int record) =>
        new(DescriptionExtractor.Extract(page.ToRecord(record, DescriptionTag)), page.ToXmlSingleQuoted(record, SharedTag));

    /// <summary>True for the tags that stay inside the adapter (952, 999).</summary>
    public static bool IsLocal(string tag) => LocalTags.Contains(tag);

    public static BibliographicRecordDeleted ToDeleted(string systemId, long biblioId, DateTimeOffset timestamp, Guid correlationId) =>
        new()
        {
            SystemId = systemId,
            VendorRecordId = biblioId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourceTimestamp = timestamp.ToUniversalTime(),
            CorrelationId = correlationId,
        };
}
