using MassTransit;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// Carries a message's envelope — its context and the message object itself — from the publisher to the consumer in
/// the in-memory transport's headers (decision 0040). MassTransit's in-memory transport copies a header whose value is
/// a boxed value type that is <see cref="IFormattable"/> as it is, so the object reaches the receive side without
/// being written or read; anything else in the headers stays as MassTransit writes it.
/// </summary>
internal readonly struct InProcessEnvelope : IFormattable
{
    /// <summary>The transport header that holds the envelope.</summary>
    public const string HeaderName = "Gateway-InProcess-Envelope";

    public InProcessEnvelope(JsonMessageEnvelope envelope) => Envelope = envelope;

    /// <summary>MassTransit's envelope, its <c>Message</c> the published object (an immutable record).</summary>
    public JsonMessageEnvelope Envelope { get; }

    /// <summary>The envelope carried in <paramref name="headers"/>, or null when the message came as bytes.</summary>
    public static JsonMessageEnvelope? Find(Headers headers) =>
        headers.TryGetHeader(HeaderName, out var value) && value is InProcessEnvelope carried ? carried.Envelope : null;

    /// <summary>What a header dump shows: the message travels as an object, not as text.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public override string ToString() => $"in-process {Envelope.MessageType?.FirstOrDefault()}";
}
