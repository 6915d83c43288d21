using Gateway.Contracts;

namespace Gateway.Catalogue.Tests;

/// <summary>Record, holdings and status messages for the OAI-PMH tests, with MARCXML a source would send.</summary>
internal static class OaiRecords
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A book with its own ISBN (so its own cluster) unless another record shares the ISBN.</summary>
    public static BibliographicRecordChanged Book(string system, string id, string isbn, string title = "Clinical medicine", DateTimeOffset? at = null, bool rda = true) =>
        new()
        {
            SystemId = system,
            VendorRecordId = id,
            SourceTimestamp = at ?? T0,
            CorrelationId = Guid.NewGuid(),
            Description = new BibliographicDescription
            {
                Title = title, Isbns = [isbn], PublicationYear = 2020, Format = "book", Authors = ["Longmore, Murray"], Publisher = "OUP",
                Subjects = ["Medicine"], Language = "eng",
            },
            MarcXml =
                "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader>"
                + $"<controlfield tag=\"001\">{id}</controlfield>"
                + $"<datafield tag=\"020\" ind1=\" \" ind2=\" \"><subfield code=\"a\">{isbn}</subfield></datafield>"
                + "<datafield tag=\"100\" ind1=\"1\" ind2=\" \"><subfield code=\"a\">Longmore, Murray.</subfield></datafield>"
                + $"<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">{title}</subfield></datafield>"
                + (rda
                    ? "<datafield tag=\"264\" ind1=\" \" ind2=\"1\"><subfield code=\"b\">OUP,</subfield><subfield code=\"c\">2020.</subfield></datafield>"
                    : "<datafield tag=\"260\" ind1=\" \" ind2=\" \"><subfield code=\"b\">OUP,</subfield><subfield code=\"c\">2020.</subfield></datafield>")
                + $"<datafield tag=\"952\" ind1=\" \" ind2=\" \"><subfield code=\"a\">LOCAL-{id}</subfield></datafield>"
                + "</record>",
        };

    public static HoldingsChanged Holdings(string system, string recordId, DateTimeOffset at, params (string ItemId, string Library)[] items) =>
        new()
        {
            SystemId = system,
            VendorRecordId = recordId,
            SourceTimestamp = at,
            CorrelationId = Guid.NewGuid(),
            Items = [.. items.Select(i => new HoldingItem
            {
                VendorItemId = i.ItemId, LibraryCode = i.Library, Location = "MAIN", CallNumber = "WB 100", ItemType = "BOOK", SourceTimestamp = at,
            })],
        };

    public static ItemAvailabilityChanged Status(string system, string recordId, string itemId, string library, string status, DateTimeOffset at) =>
        new()
        {
            SystemId = system, VendorRecordId = recordId, VendorItemId = itemId, LibraryCode = library, Status = status,
            SourceTimestamp = at, CorrelationId = Guid.NewGuid(),
        };

    public static BibliographicRecordDeleted Deleted(string system, string id, DateTimeOffset at) =>
        new() { SystemId = system, VendorRecordId = id, SourceTimestamp = at, CorrelationId = Guid.NewGuid() };

    /// <summary>An ISBN-13 with a valid check digit, distinct per n.</summary>
    public static string Isbn(int n)
    {
        var body = $"978{n:D9}";
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return body + ((10 - (sum % 10)) % 10);
    }
}
