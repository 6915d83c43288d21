using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Libraries;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>
/// ILS-DI GetAvailability as Koha writes it (C4::ILSDI::Services): DLF 1.1 XML, one dlf:record per id found. With
/// id_type=item a record holds that one item (an unknown item still gets a record, status unknown); otherwise the id is
/// a biblionumber and the record lists its items, while a record without items (or unknown) gets no element at all.
/// Each item: identifier, availabilitystatus (available, not available, unknown), availabilitymsg (Not for loan,
/// Checked out, Item lost, Item withdrawn, Item damaged, checked in that order) and location (the holding library's
/// name), plus itemcallnumber as newer Koha versions add. Like Koha, holds and transfers do not make an item
/// unavailable here.
/// </summary>
internal static class AvailabilityXml
{
    public const string Namespace = "http://diglib.org/ilsdi/1.1";

    public static byte[] Write(IEnumerable<string> ids, bool byItem, CatalogueSnapshot snapshot, IReadOnlyList<LibraryInfo> libraries)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("dlf", "collection", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                "http://diglib.org/ilsdi/1.1 http://diglib.org/architectures/ilsdi/schemas/1.1/dlfexpanded.xsd");
            foreach (var id in ids)
            {
                if (byItem)
                {
                    var item = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var itemId) ? snapshot.FindItem(itemId) : null;
                    Record(xml, item?.BiblioId.ToString(CultureInfo.InvariantCulture) ?? id, [(id, item)], libraries);
                }
                else if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var biblioId)
                    && snapshot.Find(biblioId) is { Items.Count: > 0 } biblio)
                {
                    Record(xml, id, [.. biblio.Items.Select(i => (i.ItemId.ToString(CultureInfo.InvariantCulture), (SimItem?)i))], libraries);
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>Status and message of one item, in Koha's order of checks.</summary>
    public static (string Status, string? Message) Availability(SimItem? item) => item switch
    {
        null => ("unknown", "Error: could not retrieve availability for this ID"),
        { NotForLoanStatus: not 0 } => ("not available", "Not for loan"),
        { CheckedOutDate: not null } => ("not available", "Checked out"),
        { LostStatus: not 0 } => ("not available", "Item lost"),
        { Withdrawn: not 0 } => ("not available", "Item withdrawn"),
        { DamagedStatus: not 0 } => ("not available", "Item damaged"),
        _ => ("available", null),
    };

    private static void Record(XmlWriter xml, string biblioId, IEnumerable<(string Id, SimItem? Item)> items, IReadOnlyList<LibraryInfo> libraries)
    {
        xml.WriteStartElement("dlf", "record", Namespace);
        xml.WriteStartElement("dlf", "bibliographic", Namespace);
        xml.WriteAttributeString("id", biblioId);
        xml.WriteEndElement();
        xml.WriteStartElement("dlf", "items", Namespace);
        foreach (var (id, item) in items)
        {
            var (status, message) = Availability(item);
            xml.WriteStartElement("dlf", "item", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteStartElement("dlf", "simpleavailability", Namespace);
            xml.WriteElementString("dlf", "identifier", Namespace, id);
            xml.WriteElementString("dlf", "availabilitystatus", Namespace, status);
            if (message is not null)
            {
                xml.WriteElementString("dlf", "availabilitymsg", Namespace, message);
            }

            if (item is not null && libraries.FirstOrDefault(l => l.Code == item.HoldingLibraryId) is { } library)
            {
                xml.WriteElementString("dlf", "location", Namespace, library.Name);
            }

            if (item is not null)
            {
                xml.WriteElementString("dlf", "itemcallnumber", Namespace, item.CallNumber);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
