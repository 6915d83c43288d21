using System.Xml;
using Gateway.Catalogue.Endpoints;
using Gateway.Clustering;
using Gateway.Contracts;
using Gateway.Marc;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// The match record of an incoming change: from its MARCXML when it has readable MARC, else from its description —
/// with the reason the MARCXML could not be read, for operators (<c>ingest_problems</c>).
/// </summary>
internal static class MatchRecords
{
    public static (MatchRecord Record, string? UnreadableMarc) Of(BibliographicRecordChanged message)
    {
        var result = Read(message);
        if (result.UnreadableMarc is not null)
        {
            CatalogueMetrics.UnreadableMarc.Add(1);
        }

        return result;
    }

    /// <summary>As <see cref="Of"/>, without counting an unreadable record (a page reads its records before it knows which it stores).</summary>
    public static (MatchRecord Record, string? UnreadableMarc) Read(BibliographicRecordChanged message)
    {
        var sourceId = RecordId.Format(message.SystemId, message.VendorRecordId);
        if (message.MarcXml is { Length: > 0 } xml)
        {
            try
            {
                return (MatchRecordBuilder.Build(sourceId, MarcXmlReader.ParseRecord(xml), message.Description), null);
            }
            catch (Exception e) when (e is XmlException or MarcFormatException or InvalidOperationException)
            {
                return (MatchRecordBuilder.Build(sourceId, message.Description), e.Message);
            }
        }

        return (MatchRecordBuilder.Build(sourceId, message.Description), null);
    }
}
