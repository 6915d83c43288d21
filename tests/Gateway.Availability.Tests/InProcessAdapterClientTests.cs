using Gateway.Availability.Adapters;
using Gateway.Availability.Answers;
using Gateway.Availability.Options;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Availability.Tests;

/// <summary>
/// The in-process path's resilience (decision 0027): the same outcomes as the HTTP path's standard hedging handler for
/// a slow adapter (timeout), a failing one (error, then circuit-open), a slow first attempt (hedged) and an adapter
/// answering 400/404 (not a failure: no hedge, no circuit).
/// </summary>
public sealed class InProcessAdapterClientTests
{
    private static readonly string[] Ids = ["1", "2"];

    private static readonly AvailabilityOptions Settings = new()
    {
        Deadline = TimeSpan.FromMilliseconds(600),
        AnswerMargin = TimeSpan.FromMilliseconds(100),
        AttemptTimeout = TimeSpan.FromMilliseconds(400),
        HedgingDelay = TimeSpan.FromMilliseconds(100),
        CircuitMinimumThroughput = 2,
        CircuitBreakDuration = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public async Task A_healthy_adapter_answers_in_one_call()
    {
        var adapter = new FakeAdapter((_, _) => Task.FromResult(FakeAdapter.Records(Ids)));

        var answer = await Client(adapter).LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken);

        Assert.Equal(Ids, answer.Records!.Select(r => r.VendorRecordId));
        Assert.Equal(1, adapter.Calls);
    }

    [Fact]
    public async Task An_adapter_that_never_answers_is_a_timeout_after_one_hedge()
    {
        var adapter = new FakeAdapter(async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return FakeAdapter.Records(Ids);
        });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Client(adapter).LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken));

        Assert.IsType<TimeoutRejectedException>(failure);
        Assert.Equal(Outcomes.Timeout, Classify(failure).Outcome);
        Assert.Equal(2, adapter.Calls);
    }

    [Fact]
    public async Task A_slow_first_attempt_is_hedged_and_the_second_answers()
    {
        var adapter = new FakeAdapter(async (call, ct) =>
        {
            if (call == 1)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }

            return FakeAdapter.Records(Ids);
        });

        var answer = await Client(adapter).LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken);

        Assert.Equal(2, answer.Records!.Count);
        Assert.Equal(2, adapter.Calls);
    }

    [Fact]
    public async Task Repeated_vendor_failures_are_errors_then_open_the_circuit_which_stops_calls()
    {
        var adapter = new FakeAdapter((_, _) => throw AdapterCallException.FromProblem(502, "koha-east answered 500"));
        var client = Client(adapter);

        var first = await Assert.ThrowsAsync<AdapterCallException>(() => client.LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken));
        var callsBeforeOpen = adapter.Calls;
        var second = await Assert.ThrowsAnyAsync<Exception>(() => client.LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken));

        Assert.Equal(new SystemOutcome(Outcomes.Error, "502 Bad Gateway: koha-east answered 500"), Classify(first));
        Assert.IsType<BrokenCircuitException>(second);
        Assert.Equal(Outcomes.CircuitOpen, Classify(second).Outcome);
        Assert.Equal(callsBeforeOpen, adapter.Calls);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    public async Task An_adapter_s_client_error_is_neither_hedged_nor_counted_by_the_circuit(int status)
    {
        var adapter = new FakeAdapter((_, _) => throw AdapterCallException.FromProblem(status, "not this"));
        var client = Client(adapter);

        for (var i = 0; i < 3; i++)
        {
            var failure = await Assert.ThrowsAsync<AdapterCallException>(() => client.LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken));
            Assert.Equal(Outcomes.Error, Classify(failure).Outcome);
        }

        Assert.Equal(3, adapter.Calls);
    }

    [Fact]
    public async Task Each_system_has_its_own_circuit()
    {
        var adapter = new FakeAdapter((_, _) => throw AdapterCallException.FromProblem(502, "down"));
        var client = Client(adapter);
        await Assert.ThrowsAsync<AdapterCallException>(() => client.LookupAsync(FakeAdapter.System, Ids, TestContext.Current.CancellationToken));

        var other = FakeAdapter.System with { Id = "koha-london" };
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => client.LookupAsync(other, Ids, TestContext.Current.CancellationToken));

        Assert.IsType<AdapterCallException>(failure);
    }

    [Fact]
    public void Transient_failures_are_what_the_HTTP_path_counts()
    {
        Assert.True(InProcessResilience.IsTransient(new AdapterCallException("502", 502)));
        Assert.True(InProcessResilience.IsTransient(new AdapterCallException("504", 504)));
        Assert.True(InProcessResilience.IsTransient(new AdapterCallException("429", 429)));
        Assert.True(InProcessResilience.IsTransient(new TimeoutRejectedException()));
        Assert.True(InProcessResilience.IsTransient(new HttpRequestException("reset")));
        Assert.True(InProcessResilience.IsTransient(new InvalidOperationException("a bug is the route's 500")));
        Assert.False(InProcessResilience.IsTransient(new AdapterCallException("400", 400)));
        Assert.False(InProcessResilience.IsTransient(new AdapterCallException("404", 404)));
        Assert.False(InProcessResilience.IsTransient(new OperationCanceledException()));
        Assert.False(InProcessResilience.IsTransient(new BrokenCircuitException()));
    }

    private static InProcessAdapterClient Client(FakeAdapter adapter) =>
        new([adapter], new InProcessResilience(Microsoft.Extensions.Options.Options.Create(Settings)));

    private static SystemOutcome Classify(Exception failure) =>
        OutcomeClassifier.Classify(failure, Settings.SystemBudget, TimeSpan.Zero, Settings.EffectiveAttemptTimeout);
}
