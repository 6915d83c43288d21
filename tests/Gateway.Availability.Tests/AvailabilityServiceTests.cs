using Gateway.Availability.Adapters;
using Gateway.Availability.Answers;
using Gateway.Availability.Caching;
using Gateway.Availability.Fanout;
using Gateway.Availability.Options;
using Gateway.Availability.Resolution;
using Gateway.Systems;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Tests;

/// <summary>
/// The service asks the vendors on the candidates while the catalogue confirms them (decision 0027's update), and only
/// confirmed sources and the systems holding them reach the answer.
/// </summary>
public sealed class AvailabilityServiceTests
{
    private static readonly AvailabilityOptions Settings = new() { FreshFor = TimeSpan.Zero };

    [Fact]
    public async Task The_vendor_is_asked_while_the_catalogue_is_still_confirming()
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var adapter = new FakeAdapter((_, _) =>
        {
            asked.TrySetResult();
            return Task.FromResult(FakeAdapter.Records("1"));
        });

        // Confirmation only finishes once the adapter has been called: before the change this deadlocked (timed out).
        var sources = new ScriptedSources(["koha-east:1"], async () =>
        {
            await asked.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            return ["koha-east:1"];
        });

        var answer = await Service(sources, adapter).LookupAsync(["koha-east:1"], false, TestContext.Current.CancellationToken);

        Assert.Equal(["koha-east:1"], answer.Records.Select(r => r.Id));
        Assert.Equal(1, adapter.Calls);
        var system = Assert.Single(answer.Systems);
        Assert.Equal(("koha-east", Outcomes.Ok), (system.SystemId, system.Outcome));
        Assert.Empty(answer.NotFound);
    }

    [Fact]
    public async Task A_candidate_the_catalogue_does_not_confirm_is_not_found_and_its_system_is_left_out()
    {
        var adapter = new FakeAdapter((_, _) => Task.FromResult(FakeAdapter.Records("9")));
        var sources = new ScriptedSources(["koha-east:9"], () => Task.FromResult<string[]>([]));

        var answer = await Service(sources, adapter).LookupAsync(["koha-east:9"], false, TestContext.Current.CancellationToken);

        Assert.Equal(["koha-east:9"], answer.NotFound);
        Assert.Empty(answer.Records);
        Assert.Empty(answer.Systems);
        Assert.True(answer.Complete);
        Assert.Equal(1, adapter.Calls); // asked on the candidate, its answer not used
    }

    [Fact]
    public async Task A_confirmed_source_of_a_system_the_registry_does_not_enable_is_not_asked_early_and_answers_its_error()
    {
        var adapter = new FakeAdapter((_, _) => Task.FromResult(FakeAdapter.Records("1")));
        var sources = new ScriptedSources(["koha-gone:1"], () => Task.FromResult<string[]>(["koha-gone:1"]));

        var answer = await Service(sources, adapter).LookupAsync(["koha-gone:1"], false, TestContext.Current.CancellationToken);

        var system = Assert.Single(answer.Systems);
        Assert.Equal(("koha-gone", Outcomes.Error), (system.SystemId, system.Outcome));
        Assert.Contains("not an enabled system", system.Reason, StringComparison.Ordinal);
        Assert.Equal(0, adapter.Calls);
        Assert.False(answer.Complete);
    }

    private static AvailabilityService Service(IRecordSources sources, FakeAdapter adapter)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Settings);
        var registry = new FixedRegistry(FakeAdapter.System);
        var lookups = new AdapterLookups(
            new AdapterClient(new NoHttpClients(), new AdapterAddresses(options, new NoServer())),
            new InProcessAdapterClient([adapter], new InProcessResilience(options)),
            options);
        var asker = new SystemAsker(registry, lookups, new AvailabilityCache(options), options, TimeProvider.System, NullLogger<SystemAsker>.Instance);
        return new AvailabilityService(sources, asker, new AnswerAssembler(registry, options, TimeProvider.System), registry, options, TimeProvider.System);
    }

    /// <summary>Every asked id stands for the given candidates; confirmation keeps what <c>confirm</c> returns.</summary>
    private sealed class ScriptedSources(string[] candidates, Func<Task<string[]>> confirm) : IRecordSources
    {
        public Task<RecordCandidates> CandidatesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
            Task.FromResult(new RecordCandidates(ids.ToDictionary(id => id, _ => (IReadOnlyList<string>)candidates, StringComparer.Ordinal)));

        public async Task<IReadOnlyDictionary<string, ResolvedRecord>> ConfirmAsync(RecordCandidates asked, CancellationToken ct)
        {
            var live = await confirm();
            return asked.SourcesById.ToDictionary(
                c => c.Key,
                c => new ResolvedRecord(c.Key, [.. c.Value.Where(live.Contains).Select(RecordIds.SplitSource).Select(s => new SourceHolding(s.SystemId, s.VendorRecordId, ["EAST1"]))]),
                StringComparer.Ordinal);
        }
    }

    private sealed class FixedRegistry(params RegionalSystem[] systems) : ISystemsRegistry
    {
        public IReadOnlyList<RegionalSystem> All => systems;

        public RegionalSystem? Find(string id) => systems.FirstOrDefault(s => s.Id == id);
    }
}
