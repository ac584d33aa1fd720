using Cargoman.Infrastructure.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Reports whether RabbitMQ accepts a channel on the configured virtual host, for <c>/health/ready</c>.
/// </summary>
/// <remarks>
/// MassTransit's own bus check reports a publish-only bus as healthy once it has started, even while the broker or
/// the virtual host is gone (seen with MassTransit 8.5.12). This check keeps one connection of its own, opens a
/// channel on it for each check, and connects again after a failure.
/// </remarks>
internal sealed class BrokerHealthCheck(IOptions<RabbitMqOptions> options) : IHealthCheck, IAsyncDisposable
{
    private static readonly TimeSpan s_connectTimeout = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private IConnection? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not { IsOpen: true })
            {
                await CloseAsync();
                _connection = await CreateFactory().CreateConnectionAsync("Cargoman.Poller health check", cancellationToken);
            }

            // RabbitMQ refuses a missing virtual host, or reports a deleted one, only after the connection has
            // opened, so opening a channel is what proves that the broker accepts work.
            await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await CloseAsync();
            return new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ does not accept a connection or a channel.", exception);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _lock.Dispose();
    }

    private ConnectionFactory CreateFactory()
    {
        var url = AmqpUrl.Parse(options.Value.Url);
        var factory = new ConnectionFactory
        {
            HostName = url.Host,
            Port = url.Port,
            VirtualHost = url.VirtualHost,
            UserName = url.Username,
            Password = url.Password,
            RequestedConnectionTimeout = s_connectTimeout,
            AutomaticRecoveryEnabled = false,
        };

        if (url.UseTls)
        {
            factory.Ssl = new SslOption(url.Host) { Enabled = true };
        }

        return factory;
    }

    private async Task CloseAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
