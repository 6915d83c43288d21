using MassTransit;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// In the error pipe of every endpoint of the embedded bus (decision 0040): a message handed over in process that still
/// fails after its retries goes to the endpoint's <c>_error</c> queue as MassTransit's JSON — the envelope written then,
/// as the JSON serializer would have written it at publish — with its content type and the fault headers (the reason),
/// so operators read it as any dead-lettered message. Messages that came as bytes pass unchanged.
/// </summary>
internal sealed class JsonBodyOnErrorFilter : IFilter<ExceptionReceiveContext>
{
    public Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var envelope = InProcessEnvelope.Find(context.TransportHeaders);
        return next.Send(envelope is null ? context : new JsonBodyExceptionReceiveContext(context, envelope));
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inProcessJsonBody");
}
