using MassTransit;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// In the dead-letter pipe of every endpoint of the embedded bus (decision 0040): a message handed over in process that
/// no consumer of the endpoint takes goes to its <c>_skipped</c> queue as MassTransit's JSON, as it would have on the
/// JSON bus, so nothing moved aside is left as an object only this process could read. Messages that came as bytes
/// pass unchanged.
/// </summary>
internal sealed class JsonBodyOnDeadLetterFilter : IFilter<ReceiveContext>
{
    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var envelope = InProcessEnvelope.Find(context.TransportHeaders);
        return next.Send(envelope is null ? context : new JsonBodyReceiveContext(context, envelope));
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inProcessJsonBodyDeadLetter");
}
