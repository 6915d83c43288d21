using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Gateway.Availability.Adapters;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Availability.Answers;

/// <summary>Turns what went wrong in a call to a system's adapter into an outcome and a short reason.</summary>
internal static class OutcomeClassifier
{
    /// <param name="failure">What the call threw.</param>
    /// <param name="budget">The system's budget in this request.</param>
    /// <param name="elapsed">How long the call ran.</param>
    /// <param name="attemptTimeout">When the pipeline cuts an attempt: a connection that broke after it was cut by us.</param>
    public static SystemOutcome Classify(Exception failure, TimeSpan budget, TimeSpan elapsed, TimeSpan attemptTimeout) => failure switch
    {
        BrokenCircuitException => new(Outcomes.CircuitOpen, "the circuit is open after repeated failures; the system is not being asked for now"),
        TimeoutRejectedException or OperationCanceledException => new(Outcomes.Timeout, $"no answer within {Milliseconds(budget)} ms"),
        HttpRequestException when elapsed >= attemptTimeout => new(Outcomes.Timeout, $"no answer within {Milliseconds(budget)} ms (the call was cut)"),
        AdapterCallException { Status: 504 } e => new(Outcomes.Timeout, Short(e.Message)),
        AdapterCallException e => new(Outcomes.Error, Short(e.Message)),
        HttpRequestException { InnerException: SocketException } e => new(Outcomes.Error, Short($"the adapter could not be reached: {e.Message}")),
        HttpRequestException e => new(Outcomes.Error, Short($"the adapter's connection failed: {e.Message}")),
        JsonException e => new(Outcomes.Error, Short($"the adapter's answer is not readable: {e.Message}")),
        _ => new(Outcomes.Error, Short($"{failure.GetType().Name}: {failure.Message}")),
    };

    private static string Milliseconds(TimeSpan budget) => ((long)budget.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reasons are for people reading an answer: one line, at most 300 characters.</summary>
    private static string Short(string reason)
    {
        var line = reason.ReplaceLineEndings(" ");
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 297), "...");
    }
}
