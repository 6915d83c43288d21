using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// The embedded default end to end, in one process as run.sh runs it: Koha simulator → adapter → bus (test harness)
/// → catalogue → records API.
/// </summary>
public sealed class EmbeddedFlowTests
{
    private const int Records = 120;
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Simulator_records_reach_the_records_api_and_a_restart_resumes_from_what_the_catalogue_stored()
    {
        await using var simulator = new KohaSimulatorFactory(Records, _secret);
        await using var gateway = EmbeddedKoha.Gateway(simulator, _secret);
        var client = gateway.CreateClient();

        var listed = await Eventually.GetAsync(
            () => ListAllAsync(client),
            ids => ids.Count == Records,
            TimeSpan.FromSeconds(60),
            $"all {Records} koha-east records listed by the gateway",
            TimeSpan.FromMilliseconds(250),
            TestContext.Current.CancellationToken);
        Assert.Equal(Records, listed.Distinct().Count());

        // The adapter's checkpoint may run ahead of the catalogue when in-memory messages are lost; a restart must
        // then resume from what the catalogue stored. Push the checkpoint past the end and ask where to resume.
        var checkpoints = gateway.Services.GetRequiredService<CheckpointStore>();
        var stored = await checkpoints.GetAsync("koha-east", HarvestStreams.Records, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        var ahead = new HarvestPosition(stored.Timestamp.AddYears(5), "999999");
        await checkpoints.SaveAsync("koha-east", HarvestStreams.Records, ahead, TestContext.Current.CancellationToken);

        var resume = await gateway.Services.GetRequiredService<StartPositionResolver>()
            .ResolveAsync("koha-east", HarvestStreams.Records, TestContext.Current.CancellationToken);

        Assert.Equal(stored, resume);
    }

    private static async Task<List<string>> ListAllAsync(HttpClient client)
    {
        var ids = new List<string>();
        string? next = "/api/v1/records?system=koha-east&limit=100";
        while (next is not null)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(new Uri(next, UriKind.Relative));
            ids.AddRange(page.GetProperty("items").EnumerateArray()
                .SelectMany(r => r.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!))
                .Where(id => id.StartsWith("koha-east:", StringComparison.Ordinal)));
            next = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
        }

        return ids;
    }
}
