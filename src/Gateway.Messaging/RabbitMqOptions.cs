using System.ComponentModel.DataAnnotations;

namespace Gateway.Messaging;

/// <summary>RabbitMQ connection settings. The password comes from configuration or the environment, never code.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>Broker host name.</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>AMQP port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    /// <summary>Virtual host.</summary>
    [Required]
    public string VirtualHost { get; set; } = "/";

    /// <summary>User name.</summary>
    [Required]
    public string Username { get; set; } = "guest";

    /// <summary>Password.</summary>
    [Required]
    public string Password { get; set; } = "guest";
}
