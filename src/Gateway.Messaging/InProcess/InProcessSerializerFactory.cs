using System.Net.Mime;
using MassTransit;

namespace Gateway.Messaging.InProcess;

/// <summary>Registers <see cref="InProcessMessageSerializer"/> with the embedded bus (decision 0040).</summary>
internal sealed class InProcessSerializerFactory : ISerializerFactory
{
    public ContentType ContentType => InProcessHandOver.ContentType;

    public IMessageSerializer CreateSerializer() => InProcessMessageSerializer.Instance;

    public IMessageDeserializer CreateDeserializer() => InProcessMessageSerializer.Instance;
}
