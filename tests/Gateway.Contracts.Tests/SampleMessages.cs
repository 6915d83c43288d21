namespace Gateway.Contracts.Tests;

/// <summary>Fully populated messages, every optional property set, so validation sees every field.</summary>
internal static class SampleMessages
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    public static object For(Type message) => message.Name switch
    {
        nameof(BibliographicRecordChanged) => new BibliographicRecordChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "1234",
            SourceTimestamp = At,
            CorrelationId = Guid.NewGuid(),
            MarcXml = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"/>",
            Description = new BibliographicDescription
            {
                Title = "Oxford handbook of clinical medicine",
                Authors = ["Wilkinson, Ian B."],
                Isbns = ["9780199689903"],
                RejectedIsbns = [new RejectedIdentifier { Value = "0199689904 (pbk.)", Reason = "invalid ISBN check digit" }],
                Issns = ["0959-8138"],
                OclcNumbers = ["883876185"],
                Publisher = "Oxford University Press",
                PublicationYear = 2017,
                Edition = "10th ed.",
                Language = "eng",
                Format = "book",
                Subjects = ["Clinical medicine"],
            },
        },
        nameof(BibliographicRecordsChanged) => Page(),
        nameof(BibliographicRecordDeleted) => new BibliographicRecordDeleted
        {
            SystemId = "koha-east", VendorRecordId = "1234", SourceTimestamp = At, CorrelationId = Guid.NewGuid(),
        },
        nameof(ItemAvailabilityChanged) => new ItemAvailabilityChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "1234",
            VendorItemId = "99",
            LibraryCode = "ADD",
            Status = ItemStatuses.OnLoan,
            VendorStatus = "onloan",
            DueDate = At.AddDays(14),
            SourceTimestamp = At,
            CorrelationId = Guid.NewGuid(),
        },
        nameof(HoldingsChanged) => new HoldingsChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "1234",
            SourceTimestamp = At,
            CorrelationId = Guid.NewGuid(),
            Items =
            [
                new HoldingItem
                {
                    VendorItemId = "99", LibraryCode = "ADD", Location = "MAIN", CallNumber = "WB 100 WIL", ItemType = "BOOK", SourceTimestamp = At,
                },
            ],
        },
        nameof(HoldingsRemoved) => new HoldingsRemoved
        {
            SystemId = "koha-east",
            VendorRecordId = "1234",
            VendorItemIds = ["99", "100"],
            SourceTimestamp = At,
            CorrelationId = Guid.NewGuid(),
        },
        nameof(ItemsChanged) => new ItemsChanged
        {
            SystemId = "koha-east",
            CorrelationId = Guid.NewGuid(),
            Changes =
            [
                new ItemChange { Holdings = (HoldingsChanged)For(typeof(HoldingsChanged)) },
                new ItemChange { Availability = (ItemAvailabilityChanged)For(typeof(ItemAvailabilityChanged)) },
            ],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.Name, "no sample"),
    };

    /// <summary>A page of two changed records: the full sample and one with only the required properties.</summary>
    private static BibliographicRecordsChanged Page()
    {
        var correlationId = Guid.NewGuid();
        var full = (BibliographicRecordChanged)For(typeof(BibliographicRecordChanged)) with { CorrelationId = correlationId };
        var minimal = new BibliographicRecordChanged
        {
            SystemId = full.SystemId,
            VendorRecordId = "1235",
            SourceTimestamp = At.AddSeconds(1),
            CorrelationId = correlationId,
            Description = new BibliographicDescription { Title = "Davidson's principles and practice of medicine" },
        };
        return new BibliographicRecordsChanged { SystemId = full.SystemId, CorrelationId = correlationId, Records = [full, minimal] };
    }
}
