namespace Gateway.Messaging;

/// <summary>The transports the gateway supports.</summary>
public enum MessagingTransport
{
    /// <summary>MassTransit's in-memory transport: one process, not durable. The embedded default.</summary>
    InMemory,

    /// <summary>RabbitMQ: durable queues, one process per part. The distributed mode.</summary>
    RabbitMq,
}
