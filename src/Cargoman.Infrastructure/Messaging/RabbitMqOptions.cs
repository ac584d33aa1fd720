namespace Cargoman.Infrastructure.Messaging;

/// <summary>
/// The broker that carries Cargoman.Sync's messages. Bound from the <c>RabbitMq</c> section.
/// </summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    /// <summary>An AMQP URL: <c>amqp://user:password@host:5672/vhost</c>, or <c>amqps://</c> for TLS.</summary>
    public string Url { get; set; } = "";
}
