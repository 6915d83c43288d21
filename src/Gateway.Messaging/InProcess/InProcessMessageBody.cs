using System.Text;
using MassTransit;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// The body of a message handed over in process (decision 0040): when the transport takes its bytes it puts the
/// message's envelope, built exactly as MassTransit's JSON body builds it (the send context's ids, addresses and
/// headers, and the message object), into the send headers (<see cref="InProcessEnvelope"/>), and gives a short
/// marker instead of JSON. Nothing is serialised.
/// </summary>
internal sealed class InProcessMessageBody<TMessage>(SendContext<TMessage> context) : MessageBody
    where TMessage : class
{
    /// <summary>What the transport stores as the body: a note for anyone who reads the bytes.</summary>
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes(
        $"in-process hand-over: the message object travels in the '{InProcessEnvelope.HeaderName}' header");

    private bool _attached;

    public long? Length => Marker.Length;

    public Stream GetStream() => new MemoryStream(GetBytes(), writable: false);

    public byte[] GetBytes()
    {
        Attach();
        return Marker;
    }

    public string GetString() => Encoding.UTF8.GetString(GetBytes());

    private void Attach()
    {
        if (_attached)
        {
            return;
        }

        var envelope = new JsonMessageEnvelope(context, context.Message);
        context.Headers.Set(InProcessEnvelope.HeaderName, new InProcessEnvelope(envelope), overwrite: true);
        _attached = true;
    }
}
