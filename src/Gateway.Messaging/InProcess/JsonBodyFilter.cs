using MassTransit;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// In a pipe that moves a message to another queue (the error pipe to <c>_error</c>, the dead-letter pipe to
/// <c>_skipped</c>) of every endpoint of the embedded bus (decision 0040): a message handed over in process is given to
/// the transport as MassTransit's JSON — the envelope written then, as the JSON serializer would have written it at
/// publish — with MassTransit's JSON content type and the context's headers (a fault's reason among them), so operators
/// read it as any message moved aside on the JSON bus. Messages that came as bytes pass unchanged.
/// </summary>
/// <param name="withJsonBody">The same context with the envelope as its JSON body.</param>
/// <param name="scope">The filter's name in MassTransit's probe.</param>
internal sealed class JsonBodyFilter<TContext>(Func<TContext, JsonMessageEnvelope, TContext> withJsonBody, string scope) : IFilter<TContext>
    where TContext : class, ReceiveContext
{
    public Task Send(TContext context, IPipe<TContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var envelope = InProcessEnvelope.Find(context.TransportHeaders);
        return next.Send(envelope is null ? context : withJsonBody(context, envelope));
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope(scope);
}
