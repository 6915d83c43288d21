using System.Text.Json;
using Gateway.Availability.Adapters;
using Gateway.Availability.Answers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Availability.Tests;

public sealed class OutcomeClassifierTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(1900);
    private static readonly TimeSpan Attempt = TimeSpan.FromMilliseconds(1400);

    [Fact]
    public void An_open_circuit_is_circuit_open() =>
        Assert.Equal(Outcomes.CircuitOpen, Classify(new BrokenCircuitException()).Outcome);

    [Fact]
    public void The_pipeline_s_timeout_is_a_timeout_naming_the_budget()
    {
        var outcome = Classify(new TimeoutRejectedException());

        Assert.Equal(Outcomes.Timeout, outcome.Outcome);
        Assert.Contains("1900 ms", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_request_deadline_is_a_timeout() =>
        Assert.Equal(Outcomes.Timeout, Classify(new TaskCanceledException()).Outcome);

    [Fact]
    public void The_adapter_s_own_504_is_a_timeout() =>
        Assert.Equal(Outcomes.Timeout, Classify(new AdapterCallException("504 Gateway Timeout: koha-east did not answer", 504)).Outcome);

    [Fact]
    public void The_adapter_s_502_is_an_error_with_what_the_vendor_did()
    {
        var outcome = Classify(new AdapterCallException("502 Bad Gateway: Koha answered unreadable JSON", 502));

        Assert.Equal(Outcomes.Error, outcome.Outcome);
        Assert.Equal("502 Bad Gateway: Koha answered unreadable JSON", outcome.Reason);
    }

    [Fact]
    public void A_connection_broken_before_the_attempt_timeout_is_an_error() =>
        Assert.Equal(Outcomes.Error, OutcomeClassifier.Classify(new HttpRequestException("reset"), Budget, TimeSpan.FromMilliseconds(20), Attempt).Outcome);

    [Fact]
    public void A_connection_cut_after_the_attempt_timeout_is_a_timeout() =>
        Assert.Equal(Outcomes.Timeout, OutcomeClassifier.Classify(new HttpRequestException("copying content"), Budget, Attempt, Attempt).Outcome);

    [Fact]
    public void Unreadable_json_is_an_error() =>
        Assert.Equal(Outcomes.Error, Classify(new JsonException("bad")).Outcome);

    [Fact]
    public void Reasons_are_one_short_line()
    {
        var outcome = Classify(new AdapterCallException("line one\nline two " + new string('x', 500), 502));

        Assert.DoesNotContain('\n', outcome.Reason!);
        Assert.Equal(300, outcome.Reason!.Length);
    }

    private static SystemOutcome Classify(Exception e) => OutcomeClassifier.Classify(e, Budget, TimeSpan.FromMilliseconds(10), Attempt);
}
