using MassTransit;
using Gateway.Testing;
using MassTransit.Testing;

namespace Gateway.Catalogue.Tests;

/// <summary>Publishing on MassTransit's test harness and waiting for this very message to be consumed.</summary>
internal static class HarnessPublishing
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Publishes and polls until the consumer has handled the message (the harness's own <c>Any</c> stops waiting once
    /// the bus has been idle); fails with the consumer's exception when it threw.
    /// </summary>
    public static async Task PublishAndConsumeAsync<T>(ITestHarness harness, T message) where T : class
    {
        var consumed = await PublishAndWaitAsync(harness, message);
        Assert.True(consumed.Exception is null, $"{typeof(T).Name} failed: {consumed.Exception}");
    }

    /// <summary>Publishes and waits until the consumer is done with the message, however it ended (after its retries).</summary>
    public static async Task<IReceivedMessage<T>> PublishAndWaitAsync<T>(ITestHarness harness, T message) where T : class
    {
        var id = NewId.NextGuid();
        await harness.Bus.Publish(message, ctx => ctx.MessageId = id);
        var deadline = DateTime.UtcNow + Timeout;
        IReceivedMessage<T>? consumed;
        while ((consumed = harness.ConsumedSoFar<T>(m => m.Context.MessageId == id) is [var first, ..] ? first : null) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(consumed is not null, $"{typeof(T).Name} {id} was not consumed within {Timeout.TotalSeconds:0} s");
        return consumed;
    }
}
