using MassTransit;
using MassTransit.Serialization;

namespace Gateway.Messaging.InProcess;

/// <summary>
/// A failed in-process message as the error transport must see it (decision 0040): the same receive context, fault and
/// headers, but its body MassTransit's JSON envelope and its content type MassTransit's JSON.
/// </summary>
internal sealed class JsonBodyExceptionReceiveContext(ExceptionReceiveContext context, JsonMessageEnvelope envelope)
    : JsonBodyReceiveContext(context, envelope), ExceptionReceiveContext
{
    public Exception Exception => context.Exception;

    public DateTime ExceptionTimestamp => context.ExceptionTimestamp;

    public ExceptionInfo ExceptionInfo => context.ExceptionInfo;

    public SendHeaders ExceptionHeaders => context.ExceptionHeaders;
}
