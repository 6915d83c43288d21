using Gateway.Contracts;

namespace Gateway.Api.Tests;

/// <summary>Builders of the messages an adapter would publish.</summary>
internal static class RecordMessages
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public static BibliographicRecordChanged Changed(
        string system, string vendorRecordId, string title, IReadOnlyList<string> isbns, DateTimeOffset at) =>
        new()
        {
            SystemId = system,
            VendorRecordId = vendorRecordId,
            SourceTimestamp = at,
            CorrelationId = Guid.NewGuid(),
            Description = new BibliographicDescription { Title = title, Isbns = isbns, Authors = ["Test, Author"] },
            MarcXml = MarcXml(vendorRecordId, title),
        };

    public static BibliographicRecordChanged Changed(string system, string vendorRecordId, DateTimeOffset at) =>
        Changed(system, vendorRecordId, $"Record {vendorRecordId} of {system}", [], at);

    public static BibliographicRecordDeleted Deleted(string system, string vendorRecordId, DateTimeOffset at) =>
        new() { SystemId = system, VendorRecordId = vendorRecordId, SourceTimestamp = at, CorrelationId = Guid.NewGuid() };

    public static string MarcXml(string vendorRecordId, string title) =>
        "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>" +
        $"<controlfield tag=\"001\">{vendorRecordId}</controlfield>" +
        $"<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">{title}</subfield></datafield></record>";
}
