using Gateway.Contracts;

namespace Gateway.Api.Tests;

/// <summary>Holdings and item statuses published on the bus show in the record, summarised per library.</summary>
public sealed class RecordHoldingsTests
{
    [Fact]
    public async Task Record_lists_each_holding_library_with_counts_by_status_and_next_due_date()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var t0 = RecordMessages.T0;
        await factory.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "7", t0));
        foreach (var (item, library) in new[] { ("1", "ADD"), ("2", "ADD"), ("3", "ADD"), ("4", "NNUH") })
        {
            await factory.PublishAndConsumeAsync(new HoldingsChanged
            {
                SystemId = "koha-east", VendorRecordId = "7", SourceTimestamp = t0, CorrelationId = Guid.NewGuid(),
                Items = [new HoldingItem { VendorItemId = item, LibraryCode = library, CallNumber = $"WB {item}", SourceTimestamp = t0 }],
            });
        }

        await factory.PublishAndConsumeAsync(Status("1", ItemStatuses.OnLoan, t0.AddDays(9)));
        await factory.PublishAndConsumeAsync(Status("2", ItemStatuses.OnLoan, t0.AddDays(3)));
        await factory.PublishAndConsumeAsync(Status("3", ItemStatuses.Available, null));
        await factory.PublishAndConsumeAsync(Status("4", ItemStatuses.ReferenceOnly, null));

        var record = await HttpJson.GetAsync(client, "/api/v1/records/koha-east:7");
        var holdings = record.GetProperty("holdings").EnumerateArray().ToDictionary(h => h.GetProperty("libraryCode").GetString()!);

        Assert.Equal(["ADD", "NNUH"], holdings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, holdings["ADD"].GetProperty("items").GetInt32());
        Assert.Equal(2, holdings["ADD"].GetProperty("statuses").GetProperty("on-loan").GetInt32());
        Assert.Equal(1, holdings["ADD"].GetProperty("statuses").GetProperty("available").GetInt32());
        Assert.Equal(t0.AddDays(3), holdings["ADD"].GetProperty("nextDueDate").GetDateTimeOffset());
        Assert.Equal(1, holdings["NNUH"].GetProperty("statuses").GetProperty("reference-only").GetInt32());

        // Names and request links come from the systems registry (src/Gateway.Api/appsettings.json), filled per record.
        Assert.Equal("Norfolk and Norwich University Hospitals", holdings["NNUH"].GetProperty("libraryName").GetString());
        var links = holdings["NNUH"].GetProperty("links");
        Assert.Equal("http://127.0.0.1:5101/cgi-bin/koha/opac-detail.pl?biblionumber=7", links.GetProperty("record").GetString());
        Assert.Equal("http://127.0.0.1:5101/cgi-bin/koha/opac-reserve.pl?biblionumber=7&branch=NNUH", links.GetProperty("hold").GetString());
        Assert.Equal("http://127.0.0.1:5101/cgi-bin/koha/opac-illrequests.pl?op=add_form", links.GetProperty("interlibraryLoan").GetString());
    }

    private static ItemAvailabilityChanged Status(string item, string status, DateTimeOffset? due) => new()
    {
        SystemId = "koha-east", VendorRecordId = "7", VendorItemId = item, LibraryCode = "ADD", Status = status, DueDate = due,
        SourceTimestamp = RecordMessages.T0.AddMinutes(1), CorrelationId = Guid.NewGuid(),
    };
}
