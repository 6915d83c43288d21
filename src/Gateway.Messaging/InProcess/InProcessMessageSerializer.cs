using System.Net.Mime;
using System.Runtime.Serialization;
using MassTransit;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// The embedded bus's serializer (decision 0040): a message is handed to its consumer as the object that was published
/// (<see cref="InProcessMessageBody{TMessage}"/>, <see cref="InProcessSerializerContext"/>), never written as JSON and
/// read back. Only the in-memory transport of one process uses it; RabbitMQ keeps MassTransit's JSON.
/// </summary>
internal sealed class InProcessMessageSerializer : IMessageSerializer, IMessageDeserializer
{
    public static readonly InProcessMessageSerializer Instance = new();

    public ContentType ContentType => InProcessHandOver.ContentType;

    public MessageBody GetMessageBody<T>(SendContext<T> context) where T : class => new InProcessMessageBody<T>(context);

    public ConsumeContext Deserialize(ReceiveContext receiveContext)
    {
        ArgumentNullException.ThrowIfNull(receiveContext);
        return new BodyConsumeContext(receiveContext,
            Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress));
    }

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var envelope = InProcessEnvelope.Find(headers)
            ?? throw new SerializationException(
                $"A message of content type {InProcessHandOver.ContentTypeName} came without its object: it can only be read in the process that sent it.");
        return new InProcessSerializerContext(envelope);
    }

    public MessageBody GetMessageBody(string text) => new StringMessageBody(text);

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.CreateScope("in-process");
        scope.Add("contentType", InProcessHandOver.ContentTypeName);
    }
}
