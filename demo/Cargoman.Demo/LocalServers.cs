using System.Diagnostics;
using Npgsql;

namespace Cargoman.Demo;

/// <summary>
/// Gives each demo run an empty database and an empty RabbitMQ virtual host, so that state of an
/// earlier run, such as processed event ids, cannot change the result.
/// </summary>
internal static class LocalServers
{
    public const string DatabaseName = "cargoman_demo";
    public const string VirtualHost = "cargoman-demo";

    /// <summary>Drops and creates the demo database and returns its URL.</summary>
    public static async Task<string> CreateDatabaseAsync(string adminUrl, CancellationToken cancellationToken)
    {
        var uri = new Uri(adminUrl);
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length == 2 ? Uri.UnescapeDataString(userInfo[1]) : null,
            Database = uri.AbsolutePath.TrimStart('/'),
            Pooling = false,
        };

        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", $"CREATE DATABASE {DatabaseName}" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return new UriBuilder(uri) { Path = "/" + DatabaseName }.Uri.ToString();
    }

    /// <summary>Deletes and adds the demo virtual host with rabbitmqctl, and returns the broker URL pointing at it.</summary>
    /// <remarks>rabbitmqctl must run on the broker's machine as root or as the rabbitmq user, as scripts/servers.sh sets it up.</remarks>
    public static async Task<string> CreateVirtualHostAsync(string brokerUrl, CancellationToken cancellationToken)
    {
        var uri = new Uri(brokerUrl);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':', 2)[0]);

        await RunRabbitMqCtlAsync(["delete_vhost", VirtualHost], allowFailure: true, cancellationToken);
        await RunRabbitMqCtlAsync(["add_vhost", VirtualHost], allowFailure: false, cancellationToken);
        await RunRabbitMqCtlAsync(["set_permissions", "-p", VirtualHost, user, ".*", ".*", ".*"], allowFailure: false, cancellationToken);

        return new UriBuilder(uri) { Path = "/" + VirtualHost }.Uri.ToString();
    }

    /// <summary>Drops every message waiting in a queue of the demo's virtual host.</summary>
    public static Task PurgeQueueAsync(string queue, CancellationToken cancellationToken) =>
        RunRabbitMqCtlAsync(["purge_queue", "-p", VirtualHost, queue], allowFailure: false, cancellationToken);

    private static async Task RunRabbitMqCtlAsync(string[] arguments, bool allowFailure, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException("rabbitmqctl could not be started: run scripts/servers.sh start first.");
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);

        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error.Trim()}");
        }
    }
}
