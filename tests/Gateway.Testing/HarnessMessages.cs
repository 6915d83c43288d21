using MassTransit;
using MassTransit.Testing;

namespace Gateway.Testing;

/// <summary>
/// What MassTransit's test harness has recorded so far, read without waiting. The harness's synchronous
/// <c>Select</c> blocks for more messages while the bus is busy, and that wait can deadlock with the harness's own
/// inactivity cancellation: its callback takes the message list's lock while the waiting reader, holding that lock,
/// disposes its registration and so waits for the callback (seen as a test run hanging at random under load). Given a
/// token that is already cancelled, <c>Select</c> returns what is there and never waits or registers.
/// </summary>
public static class HarnessMessages
{
    private static readonly CancellationToken Now = new(canceled: true);

    /// <summary>The messages of this type consumed so far that match <paramref name="filter"/>.</summary>
    public static IReadOnlyList<IReceivedMessage<T>> ConsumedSoFar<T>(this ITestHarness harness, Func<IReceivedMessage<T>, bool>? filter = null)
        where T : class => [.. harness.Consumed.Select<T>(m => filter?.Invoke(m) ?? true, Now)];

    /// <summary>The messages of this type published so far that match <paramref name="filter"/>.</summary>
    public static IReadOnlyList<IPublishedMessage<T>> PublishedSoFar<T>(this ITestHarness harness, Func<IPublishedMessage<T>, bool>? filter = null)
        where T : class => [.. harness.Published.Select<T>(m => filter?.Invoke(m) ?? true, Now)];

    /// <summary>Every message published so far, of any type.</summary>
    public static IReadOnlyList<IPublishedMessage> PublishedSoFar(this ITestHarness harness) =>
        [.. harness.Published.Select(_ => true, Now)];
}
