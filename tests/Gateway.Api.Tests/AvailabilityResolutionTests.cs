using Gateway.Availability.Adapters;
using Gateway.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// Which systems are asked: a consolidated record resolves through the catalogue to its members' systems. Here no
/// adapter runs (the Koha adapter module is off), so each system's call fails with a reason and its libraries answer
/// from what the bus told the cache (<c>stale</c>) or not at all (<c>unknown</c>).
/// </summary>
public sealed class AvailabilityResolutionTests
{
    private const string Title = "Davidson's principles and practice of medicine";
    private static readonly string[] Isbns = ["9780702070280"];

    [Fact]
    public async Task A_consolidated_record_asks_every_member_s_system_and_one_failing_system_never_fails_the_answer()
    {
        GatewayFactory? gateway = null;
        gateway = new GatewayFactory
        {
            TestServices = services => services.AddHttpClient(AdapterClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => gateway!.Server.CreateHandler()),
        };
        await using var _ = gateway;
        var client = gateway.CreateClient();
        var t0 = RecordMessages.T0;
        await gateway.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "3001", Title, Isbns, t0));
        await gateway.PublishAndConsumeAsync(RecordMessages.Changed("koha-london", "4002", Title, Isbns, t0));
        foreach (var (system, record, item, library) in new[] { ("koha-east", "3001", "31", "ADD"), ("koha-london", "4002", "42", "BARTS") })
        {
            await gateway.PublishAndConsumeAsync(new HoldingsChanged
            {
                SystemId = system,
                VendorRecordId = record,
                SourceTimestamp = t0,
                CorrelationId = Guid.NewGuid(),
                Items = [new HoldingItem { VendorItemId = item, LibraryCode = library, CallNumber = "WB 100", SourceTimestamp = t0 }],
            });
        }

        await gateway.PublishAndConsumeAsync(new ItemAvailabilityChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "3001",
            VendorItemId = "31",
            LibraryCode = "ADD",
            Status = ItemStatuses.Available,
            SourceTimestamp = t0.AddMinutes(1),
            CorrelationId = Guid.NewGuid(),
        });
        var clusterId = (await HttpJson.GetAsync(client, "/api/v1/records/koha-east:3001/provenance")).GetProperty("clusterId").GetString()!;

        var answer = await HttpJson.GetAsync(client, $"/api/v1/records/{clusterId}/availability");

        Assert.False(answer.GetProperty("complete").GetBoolean());
        Assert.Equal(["koha-east", "koha-london"], AvailabilityApiTests.Systems(answer).Select(s => s.GetProperty("systemId").GetString()));
        Assert.All(AvailabilityApiTests.Systems(answer), s =>
        {
            Assert.Equal("error", s.GetProperty("outcome").GetString());
            Assert.Contains("404", s.GetProperty("reason").GetString(), StringComparison.Ordinal);
        });
        var answered = Assert.Single(answer.GetProperty("records").EnumerateArray());
        Assert.Equal(clusterId, answered.GetProperty("id").GetString());
        var libraries = answered.GetProperty("libraries").EnumerateArray().ToDictionary(l => l.GetProperty("libraryCode").GetString()!);
        Assert.Equal(["ADD", "BARTS"], libraries.Keys.Order());
        Assert.Equal("available", libraries["ADD"].GetProperty("status").GetString());
        Assert.Equal("stale", libraries["ADD"].GetProperty("freshness").GetString());
        Assert.Equal(t0.AddMinutes(1), libraries["ADD"].GetProperty("asOf").GetDateTimeOffset());
        Assert.Equal("3001", libraries["ADD"].GetProperty("vendorRecordId").GetString());
        Assert.Equal("unknown", libraries["BARTS"].GetProperty("status").GetString());
        Assert.Equal("unknown", libraries["BARTS"].GetProperty("freshness").GetString());
        Assert.Contains("biblionumber=4002", libraries["BARTS"].GetProperty("links").GetProperty("record").GetString(), StringComparison.Ordinal);
    }
}
