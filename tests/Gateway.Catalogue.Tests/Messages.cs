using Gateway.Contracts;

namespace Gateway.Catalogue.Tests;

/// <summary>Builders of catalogue input messages.</summary>
internal static class Messages
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public static BibliographicRecordChanged Changed(string id, DateTimeOffset at, string title = "Clinical medicine", string system = "koha-east") =>
        new()
        {
            SystemId = system,
            VendorRecordId = id,
            SourceTimestamp = at,
            CorrelationId = Guid.NewGuid(),
            Description = new BibliographicDescription { Title = title, Isbns = ["9780199689903"] },
            MarcXml = $"<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">{id}</controlfield></record>",
        };

    public static BibliographicRecordDeleted Deleted(string id, DateTimeOffset at, string system = "koha-east") =>
        new() { SystemId = system, VendorRecordId = id, SourceTimestamp = at, CorrelationId = Guid.NewGuid() };
}
