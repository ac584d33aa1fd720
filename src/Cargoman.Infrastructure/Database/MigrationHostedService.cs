using Microsoft.Extensions.Hosting;

namespace Cargoman.Infrastructure.Database;

/// <summary>
/// Applies pending migrations when the host starts, before the services that use the database.
/// </summary>
/// <remarks>Register it before them: hosted services start in registration order.</remarks>
public sealed class MigrationHostedService(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
