using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cargoman.Infrastructure.Database;

/// <summary>
/// Applies pending migrations when the host starts, before the services that use the database.
/// </summary>
/// <remarks>
/// Register it before them: hosted services start in registration order. While PostgreSQL cannot be
/// reached, as after a reboot that starts the service first, it waits and tries again. A server
/// that rejects the login or lacks the database fails the start at once: waiting cannot fix that.
/// </remarks>
public sealed class MigrationHostedService(MigrationRunner runner, TimeProvider timeProvider, ILogger<MigrationHostedService> logger) : IHostedService
{
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await runner.MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (exception is not PostgresException && exception.IsTransient)
            {
                Log.DatabaseUnreachable(logger, attempt, delay, exception.Message);
            }

            await Task.Delay(delay, timeProvider, cancellationToken);
            delay = delay * 2 < s_maxDelay ? delay * 2 : s_maxDelay;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
