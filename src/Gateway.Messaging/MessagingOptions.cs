using System.ComponentModel.DataAnnotations;

namespace Gateway.Messaging;

/// <summary>
/// Which transport carries the messages.
/// <code>
/// "Messaging": { "Transport": "InMemory" | "RabbitMq", "RabbitMq": { "Host": "127.0.0.1", "Port": 5672, ... } }
/// </code>
/// </summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The transport. <see cref="MessagingTransport.InMemory"/> (the default) is not durable.</summary>
    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    /// <summary>RabbitMQ connection, required when <see cref="Transport"/> is RabbitMq.</summary>
    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Optional prefix of every queue name, to keep deployments sharing a broker apart.</summary>
    [RegularExpression("^[a-z0-9-]*$")]
    public string? QueuePrefix { get; set; }
}
