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

    /// <summary>The biblio id Koha stores in 999 $c, else in 001.</summary>
    public static long? BiblioId(MarcRecord record)
    {
        var value = record.FirstValue("999", 'c') ?? record.ControlValue("001");
        return long.TryParse(value?.Trim(), out var id) ? id : null;
    }

    public static BibliographicRecordChanged ToChanged(
        string systemId, long biblioId, DateTimeOffset timestamp, MarcRecord record, Guid correlationId)
    {
        var shared = new MarcRecord(record.Leader, record.Fields.Where(f => !LocalTags.Contains(f.Tag)));
        return new BibliographicRecordChanged
        {
            SystemId = systemId,
            VendorRecordId = biblioId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourceTimestamp = timestamp.ToUniversalTime(),
            CorrelationId = correlationId,
            Description = DescriptionExtractor.Extract(shared),
            MarcXml = MarcXmlWriter.ToXml(shared),
        };
    }

    public static BibliographicRecordDeleted ToDeleted(string systemId, long biblioId, DateTimeOffset timestamp, Guid correlationId) =>
        new()
        {
            SystemId = systemId,
            VendorRecordId = biblioId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourceTimestamp = timestamp.ToUniversalTime(),
            CorrelationId = correlationId,
        };
}
