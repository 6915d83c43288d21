using System.Globalization;
using Gateway.Contracts;
using Gateway.Marc;

namespace Gateway.Catalogue.Consolidation;

/// <summary>
/// The consolidated record as MARC 21 (decision 0018): the preferred source record without its own item and control
/// number fields (852, 949, 952, 001, 003, 005), with 001 the cluster id, 005 the datestamp, a 035 <c>({systemId}){id}</c>
/// and an 856 4 2 link per source record, and one 852 per holding library: $a region, $b library code, $c shelving
/// locations, $h first call number, $x system id, $z a public note with the item and available counts. A preferred
/// record without MARCXML is written from its description.
/// </summary>
internal static class ConsolidatedMarc
{
    private static readonly HashSet<string> Dropped = new(["001", "003", "005", "852", "949", "952"], StringComparer.Ordinal);

    public static MarcRecord Build(ConsolidatedRecord record, MarcRecord? preferred)
    {
        var source = preferred ?? FromDescription(record.Description ?? new BibliographicDescription { Title = "" });
        var fields = source.Fields.Where(f => !Dropped.Contains(f.Tag)).ToList();
        fields.Add(new ControlField("001", record.Id));
        fields.Add(new ControlField("005", record.Datestamp.UtcDateTime.ToString("yyyyMMddHHmmss.'0'", CultureInfo.InvariantCulture)));
        foreach (var s in record.Sources)
        {
            var vendorId = s.Id[(s.SystemId.Length + 1)..];
            fields.Add(new DataField("035", [new Subfield('a', $"({s.SystemId}){vendorId}")]));
            fields.Add(new DataField("856", '4', '2', [new Subfield('3', $"Source record: {s.SystemName}"), new Subfield('u', s.Link)]));
        }

        foreach (var h in record.Holdings)
        {
            var subfields = new List<Subfield> { new('a', h.Region), new('b', h.LibraryCode) };
            subfields.AddRange(h.Locations.Select(l => new Subfield('c', l)));
            if (h.CallNumbers.Count > 0)
            {
                subfields.Add(new Subfield('h', h.CallNumbers[0]));
            }

            subfields.Add(new Subfield('x', h.SystemId));
            subfields.Add(new Subfield('z', $"{h.LibraryName}: {Count(h.Items, "item")}, {h.Available} available"));
            fields.Add(new DataField("852", subfields));
        }

        // Stable: the source's order within a tag is kept.
        return new MarcRecord(source.Leader, fields.OrderBy(f => f.Tag, StringComparer.Ordinal));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static MarcRecord FromDescription(BibliographicDescription d)
    {
        var level = d.Format == "serial" ? 's' : 'm';
        var fields = new List<MarcField>();
        fields.AddRange(d.Isbns.Select(i => new DataField("020", [new Subfield('a', i)])));
        fields.AddRange(d.Issns.Select(i => new DataField("022", [new Subfield('a', i)])));
        fields.AddRange(d.OclcNumbers.Select(n => new DataField("035", [new Subfield('a', $"(OCoLC){n}")])));
        if (d.Authors.Count > 0)
        {
            fields.Add(new DataField("100", '1', ' ', [new Subfield('a', d.Authors[0])]));
        }

        fields.Add(new DataField("245", d.Authors.Count > 0 ? '1' : '0', '0', [new Subfield('a', d.Title)]));
        if (d.Edition is not null)
        {
            fields.Add(new DataField("250", [new Subfield('a', d.Edition)]));
        }

        var imprint = new List<Subfield>();
        if (d.Publisher is not null)
        {
            imprint.Add(new Subfield('b', d.Publisher));
        }

        if (d.PublicationYear is { } year)
        {
            imprint.Add(new Subfield('c', year.ToString(CultureInfo.InvariantCulture)));
        }

        if (imprint.Count > 0)
        {
            fields.Add(new DataField("264", ' ', '1', imprint));
        }

        fields.AddRange(d.Subjects.Select(s => new DataField("650", ' ', '4', [new Subfield('a', s)])));
        fields.AddRange(d.Authors.Skip(1).Select(a => new DataField("700", '1', ' ', [new Subfield('a', a)])));
        return new MarcRecord($"00000na{level} a2200000 i 4500", fields);
    }
}
