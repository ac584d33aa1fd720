using MassTransit;
using Npgsql;

namespace Cargoman.Infrastructure.Hosting;

/// <summary>
/// Turns an exception that stopped the start-up into one line that names the server and the setting to check.
/// </summary>
internal static class StartupFailure
{
    public static string Describe(Exception exception)
    {
        var root = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return root switch
        {
            PostgresException postgres => $"PostgreSQL rejected the connection ({postgres.SqlState}: {postgres.MessageText}); check DATABASE_URL.",
            NpgsqlException npgsql => $"PostgreSQL failed: {npgsql.Message}; check DATABASE_URL and that the server runs.",
            RabbitMqConnectionException or MassTransitException => $"RabbitMQ failed: {root.Message}; check RABBITMQ_URL, its user, password and virtual host.",
            _ => root.Message,
        };
    }
}
