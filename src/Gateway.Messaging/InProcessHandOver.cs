using System.Net.Mime;
using Gateway.Messaging.InProcess;
using MassTransit;
using MassTransit.Middleware;

namespace Gateway.Messaging;

/// <summary>
/// The embedded bus (decision 0040): MassTransit's in-memory transport in one process, where a message is handed to its
/// consumer as the object that was published instead of being written as JSON and read back. Queues, ordering,
/// concurrency limits, retries, the <c>_error</c> queue with the fault's reason, and MassTransit's tracing are the
/// transport's own, unchanged; a message that still fails after its retries is dead-lettered as MassTransit's JSON.
/// Messages must be immutable (the contracts are records with <c>init</c> properties and read-only lists): publisher
/// and consumers share the instance. The distributed mode (RabbitMQ) does not use this and keeps MassTransit's JSON.
/// </summary>
public static class InProcessHandOver
{
    /// <summary>The content type of a message handed over in process (never on a broker).</summary>
    public const string ContentTypeName = "application/vnd.gateway.in-process";

    internal static readonly ContentType ContentType = new(ContentTypeName);

    /// <summary>
    /// Uses MassTransit's in-memory transport with the in-process hand-over: every message published or sent in this
    /// process goes to its consumers as the same object, the bus writes MassTransit's JSON compact where it still
    /// writes it (dead letters, decision 0028), and every endpoint's error and dead-letter pipes move messages as JSON. Call instead of
    /// <c>UsingInMemory</c>; <paramref name="configure"/> runs before the endpoints are configured.
    /// </summary>
    public static void UsingEmbeddedBus(this IBusRegistrationConfigurator bus,
        Action<IBusRegistrationContext, IInMemoryBusFactoryConfigurator>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
        {
            endpoint.UseJsonBodyOnError();
            endpoint.UseJsonBodyOnDeadLetter();
        });
        bus.UsingInMemory((context, cfg) =>
        {
            cfg.UseCompactJson();
            cfg.UseInProcessHandOver();
            configure?.Invoke(context, cfg);
            cfg.ConfigureEndpoints(context);
        });
    }

    /// <summary>Makes the in-process serializer the bus's: messages go as objects, and are read back as such.</summary>
    internal static void UseInProcessHandOver(this IInMemoryBusFactoryConfigurator configurator)
    {
        var factory = new InProcessSerializerFactory();
        configurator.AddSerializer(factory);
        configurator.AddDeserializer(factory);
    }

    /// <summary>
    /// The endpoint's error pipe as MassTransit's default (a fault event, then the <c>_error</c> queue), with a message
    /// handed over in process written as JSON before it is moved.
    /// </summary>
    internal static void UseJsonBodyOnError(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.ConfigureError(error =>
        {
            error.UseFilter(new GenerateFaultFilter());
            error.UseFilter(new JsonBodyFilter<ExceptionReceiveContext>((context, envelope) => new JsonBodyExceptionReceiveContext(context, envelope), "inProcessJsonBody"));
            error.UseFilter(new ErrorTransportFilter());
        });

    /// <summary>
    /// The endpoint's dead-letter pipe as MassTransit's default (the <c>_skipped</c> queue for a message no consumer of
    /// the endpoint takes), with a message handed over in process written as JSON before it is moved.
    /// </summary>
    internal static void UseJsonBodyOnDeadLetter(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.ConfigureDeadLetter(deadLetter =>
        {
            deadLetter.UseFilter(new JsonBodyFilter<ReceiveContext>((context, envelope) => new JsonBodyReceiveContext(context, envelope), "inProcessJsonBodyDeadLetter"));
            deadLetter.UseFilter(new DeadLetterTransportFilter());
        });
}
