using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// What a consumer reads of a message handed over in process (decision 0040): the envelope's context (ids, addresses,
/// headers, sent time) and the published object itself. A consumer of the message's type gets that very instance;
/// anything else (another type of the same name, a dictionary) is read through JSON as the bus's JSON would give it.
/// Forwarding, redelivery and faults write JSON, as MassTransit's JSON context does.
/// </summary>
internal sealed class InProcessSerializerContext(JsonMessageEnvelope envelope) : SystemTextJsonSerializerContext(
    SystemTextJsonMessageSerializer.Instance,
    SystemTextJsonMessageSerializer.Options,
    SystemTextJsonMessageSerializer.JsonContentType,
    new EnvelopeMessageContext(envelope, SystemTextJsonMessageSerializer.Instance),
    envelope.MessageType ?? [],
    envelope)
{
    public override bool TryGetMessage<T>(out T? message) where T : class
    {
        if (Message is T same && IsSupportedMessageType<T>())
        {
            message = same;
            return true;
        }

        if (!IsSupportedMessageType<T>() && typeof(T) != typeof(System.Text.Json.Nodes.JsonObject))
        {
            message = null;
            return false;
        }

        message = AsJson().Deserialize<T>(Options);
        return message is not null;
    }

    public override bool TryGetMessage(Type messageType, [NotNullWhen(true)] out object? message)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        message = messageType.IsInstanceOfType(Message) ? Message : AsJson().Deserialize(messageType, Options);
        return message is not null;
    }

    private JsonElement AsJson() => JsonSerializer.SerializeToElement(Message, Options);
}
