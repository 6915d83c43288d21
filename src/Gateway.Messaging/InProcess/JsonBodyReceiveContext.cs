using System.Net.Mime;
using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// A message handed over in process as a transport must see it when it moves the message to another queue (decision
/// 0040): the same receive context and headers, but its body MassTransit's JSON envelope, written now as the JSON
/// serializer would have written it at publish, and its content type MassTransit's JSON.
/// </summary>
internal class JsonBodyReceiveContext : ReceiveContextProxy, ReceiveContext
{
    private readonly MessageBody _body;

    public JsonBodyReceiveContext(ReceiveContext context, JsonMessageEnvelope envelope)
        : base(context) =>
        _body = new BytesMessageBody(JsonSerializer.SerializeToUtf8Bytes<MessageEnvelope>(envelope, SystemTextJsonMessageSerializer.Options));

    MessageBody ReceiveContext.Body => _body;

    ContentType ReceiveContext.ContentType => SystemTextJsonMessageSerializer.JsonContentType;
}
