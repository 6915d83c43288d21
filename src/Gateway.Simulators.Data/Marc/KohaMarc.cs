using System.Globalization;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Editions;

namespace Gateway.Simulators.Data.Marc;

/// <summary>
/// Koha-shaped MARC 21 for a generated record: leader, 001/003/005/008, 020/022/035/040, 100/245/250/260|264/300,
/// 33X (RDA), 5XX, 650 (MeSH), 700, 856, 942 $c item type, 999 $c biblionumber $d biblioitemnumber, and optionally
/// 952 items (what Koha's export can embed; the REST API's MARC does not by default).
/// </summary>
public static class KohaMarc
{
    /// <summary>The MARC organisation code written in 003 and 040.</summary>
    public const string OrganisationCode = "UkNhsLKS";

    /// <summary>Builds the record; <paramref name="includeItems"/> adds one 952 per item.</summary>
    public static MarcRecord Build(SimBiblio biblio, bool includeItems = false, bool deleted = false)
    {
        ArgumentNullException.ThrowIfNull(biblio);
        var fields = new List<MarcField>(32)
        {
            new ControlField("001", biblio.BiblioId.ToString(CultureInfo.InvariantCulture)),
            new ControlField("003", OrganisationCode),
            new ControlField("005", biblio.Timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + ".0"),
            new ControlField("008", Fixed008.For(biblio)),
        };
        KohaMarcFields.AddDescription(fields, biblio);
        if (includeItems)
        {
            fields.AddRange(biblio.Items.Select(KohaMarcFields.Item));
        }

        var id = biblio.BiblioId.ToString(CultureInfo.InvariantCulture);
        fields.Add(new DataField("999", [new('c', id), new('d', id)]));
        return new MarcRecord(Leader(biblio, deleted), fields);
    }

    private static string Leader(SimBiblio biblio, bool deleted)
    {
        var status = deleted ? 'd' : biblio.Revision > 0 ? 'c' : 'n';
        var level = biblio.Kind == MaterialKind.Serial ? 's' : 'm';
        var form = biblio.UsesRda ? (biblio.IsbdPunctuation ? 'i' : 'c') : 'a';
        return string.Create(CultureInfo.InvariantCulture, $"00000{status}a{level} a2200000 {form} 4500");
    }
}
