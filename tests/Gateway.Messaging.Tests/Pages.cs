using Gateway.Contracts;

namespace Gateway.Messaging.Tests;

/// <summary>A page of records as the Koha adapter publishes it (decision 0024), with text that JSON must escape.</summary>
internal static class Pages
{
    public static BibliographicRecordsChanged Page(string systemId = "koha-east", int records = 3)
    {
        var correlation = Guid.Parse("6c1f0a57-8a3e-4a52-9d0e-3f1b2c4d5e6f");
        var at = new DateTimeOffset(2026, 3, 1, 10, 15, 0, TimeSpan.Zero);
        return new BibliographicRecordsChanged
        {
            SystemId = systemId,
            CorrelationId = correlation,
            Records = Enumerable.Range(1, records).Select(i => new BibliographicRecordChanged
            {
                SystemId = systemId,
                VendorRecordId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SourceTimestamp = at.AddMinutes(i),
                CorrelationId = correlation,
                MarcXml = $"<record xmlns='http://www.loc.gov/MARC21/slim'><leader>00000nam a2200000 a 4500</leader><datafield tag='245' ind1='1' ind2='0'><subfield code='a'>Title {i} \"quoted\" &amp; é 🩺</subfield></datafield></record>",
                Description = new BibliographicDescription { Title = $"Title {i} \"quoted\" & é 🩺" },
            }).ToList(),
        };
    }
}
