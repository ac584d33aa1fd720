using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Reports whether PostgreSQL runs a query, for <c>/health/ready</c>.
/// </summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL did not run a test query.", exception);
        }
    }
}
