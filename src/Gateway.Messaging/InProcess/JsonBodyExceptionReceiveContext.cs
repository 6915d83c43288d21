using System.Net.Mime;
using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// A failed in-process message as the error transport must see it (decision 0040): the same receive context, fault and
/// headers, but its body MassTransit's JSON envelope and its content type MassTransit's JSON.
/// </summary>
internal sealed class JsonBodyExceptionReceiveContext : ReceiveContextProxy, ExceptionReceiveContext, ReceiveContext
{
    private readonly ExceptionReceiveContext _context;
    private readonly MessageBody _body;

    public JsonBodyExceptionReceiveContext(ExceptionReceiveContext context, JsonMessageEnvelope envelope)
        : base(context)
    {
        _context = context;
        _body = new BytesMessageBody(JsonSerializer.SerializeToUtf8Bytes<MessageEnvelope>(envelope, SystemTextJsonMessageSerializer.Options));
    }

    public Exception Exception => _context.Exception;

    public DateTime ExceptionTimestamp => _context.ExceptionTimestamp;

    public ExceptionInfo ExceptionInfo => _context.ExceptionInfo;

    public SendHeaders ExceptionHeaders => _context.ExceptionHeaders;

    MessageBody ReceiveContext.Body => _body;

    ContentType ReceiveContext.ContentType => SystemTextJsonMessageSerializer.JsonContentType;
}
