namespace Cargoman.Testing;

/// <summary>
/// The local servers that scripts/servers.sh starts, or those named by DATABASE_URL and RABBITMQ_URL.
/// </summary>
public static class LocalServerUrls
{
    public static string Database { get; } =
        Environment.GetEnvironmentVariable("DATABASE_URL") ?? "postgres://cargoman:cargoman@127.0.0.1:5432/cargoman";

    public static string RabbitMq { get; } =
        Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://cargoman:cargoman@127.0.0.1:5672/cargoman";
}
