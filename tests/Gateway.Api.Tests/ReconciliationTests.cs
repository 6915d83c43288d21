using System.Net;
using System.Text.Json;
using Gateway.Contracts;
using Gateway.ServiceDefaults;
using Gateway.Testing;

namespace Gateway.Api.Tests;

/// <summary>
/// <c>/api/v1/ops/reconciliation</c> in the embedded default: the Koha simulator's own count (asked by the adapter over
/// the bus), the catalogue's and OAI-PMH's, and the ids that differ.
/// </summary>
public sealed class ReconciliationTests
{
    private const int Records = 60;
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Counts_agree_after_a_full_load_and_a_record_the_vendor_does_not_have_is_named()
    {
        await using var simulator = new KohaSimulatorFactory(Records, _secret);
        await using var gateway = EmbeddedKoha.Gateway(simulator, _secret);
        var client = gateway.CreateClient();

        var synced = await Eventually.GetAsync(
            () => HttpJson.GetAsync(client, "/api/v1/ops/reconciliation/koha-east?ids=true"),
            r => r.GetProperty("inSync").GetBoolean(),
            TimeSpan.FromSeconds(60),
            $"koha-east's {Records} records harvested, clustered and reconciled",
            TimeSpan.FromMilliseconds(500),
            TestContext.Current.CancellationToken);

        Assert.Equal("ok", synced.GetProperty("vendor").GetProperty("outcome").GetString());
        Assert.Equal(Records, synced.GetProperty("vendor").GetProperty("records").GetInt64());
        Assert.Equal(Records, synced.GetProperty("catalogueRecords").GetInt64());
        Assert.Equal(Records, synced.GetProperty("clusteredRecords").GetInt64());
        Assert.InRange(synced.GetProperty("oaiRecords").GetInt64(), 1, Records);
        var differences = synced.GetProperty("differences");
        Assert.Empty(differences.GetProperty("missingFromCatalogue").EnumerateArray());
        Assert.Empty(differences.GetProperty("notAtVendor").EnumerateArray());
        Assert.Empty(differences.GetProperty("notClustered").EnumerateArray());

        // Drift: the catalogue holds a record Koha does not have (e.g. a deletion it never saw).
        await gateway.PublishAndConsumeAsync(RecordMessages.Changed("koha-east", "999999", RecordMessages.T0));
        var drifted = await HttpJson.GetAsync(client, "/api/v1/ops/reconciliation/koha-east?ids=true");

        Assert.False(drifted.GetProperty("inSync").GetBoolean());
        Assert.Equal(Records + 1, drifted.GetProperty("catalogueRecords").GetInt64());
        Assert.Equal(["999999"], drifted.GetProperty("differences").GetProperty("notAtVendor").EnumerateArray().Select(e => e.GetString()));

        // Every enabled system at once, counts only.
        var all = await HttpJson.GetAsync(client, "/api/v1/ops/reconciliation");
        var east = Assert.Single(all.EnumerateArray());
        Assert.Equal("koha-east", east.GetProperty("systemId").GetString());
        Assert.Equal(JsonValueKind.Null, east.GetProperty("differences").ValueKind);
    }

    [Fact]
    public async Task An_unknown_system_is_not_found()
    {
        await using var gateway = new GatewayFactory();
        using var response = await gateway.CreateClient().GetAsync(new Uri("/api/v1/ops/reconciliation/nowhere", UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }
}
