using Gateway.Adapters.Koha.Inventory;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>The adapter's answer to <see cref="GetSourceInventory"/> over the bus, against the simulator over HTTP.</summary>
public sealed class SourceInventoryAgainstSimulatorTests : IAsyncLifetime
{
    private const int Records = 130;
    private SimulatorRun _run = null!;

    public ValueTask InitializeAsync()
    {
        _run = SimulatorRun.Start(Records, "koha-inventory");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task Koha_count_and_every_id_in_id_order()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, bus: x => x.AddConsumer<KohaSourceInventoryConsumer>());

        var answer = await AskAsync(rig, includeIds: true);

        Assert.Null(answer.Problem);
        Assert.Equal(Records, answer.RecordCount);
        Assert.Equal(Enumerable.Range(1, Records).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), answer.RecordIds);
        Assert.Null((await AskAsync(rig, includeIds: false)).RecordIds);
    }

    [Fact]
    public async Task A_koha_that_fails_is_an_answer_with_the_problem_not_a_fault()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, bus: x => x.AddConsumer<KohaSourceInventoryConsumer>());
        await _run.Koha.SetFaultsAsync(new { errorRate = 1.0 });

        var answer = await AskAsync(rig, includeIds: false);

        Assert.Null(answer.RecordCount);
        Assert.Contains("Koha could not be asked", answer.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_vendors_system_gets_no_answer_from_the_koha_adapter()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, bus: x => x.AddConsumer<KohaSourceInventoryConsumer>());
        var client = rig.Harness.Bus.CreateRequestClient<GetSourceInventory>(RequestTimeout.After(ms: 500));

        await Assert.ThrowsAsync<RequestTimeoutException>(() =>
            client.GetResponse<SourceInventory>(new GetSourceInventory { SystemId = "oclc-northeast" }, TestContext.Current.CancellationToken));
    }

    private static async Task<SourceInventory> AskAsync(AdapterRig rig, bool includeIds)
    {
        var client = rig.Harness.Bus.CreateRequestClient<GetSourceInventory>(RequestTimeout.After(s: 60));
        var response = await client.GetResponse<SourceInventory>(new GetSourceInventory { SystemId = "koha-east", IncludeIds = includeIds }, TestContext.Current.CancellationToken);
        Assert.Equal("koha-east", response.Message.SystemId);
        return response.Message;
    }
}
