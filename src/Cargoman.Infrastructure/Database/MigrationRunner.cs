using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cargoman.Infrastructure.Database;

/// <summary>
/// Applies the SQL scripts embedded under Database/Migrations in name order, each once and in its own transaction.
/// </summary>
/// <remarks>
/// The poller and the consumers both migrate at start-up. A session-level advisory lock lets only one
/// process migrate at a time; the other waits and then finds nothing left to apply.
/// </remarks>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    private const long MigrationLockKey = 0x436172676F6D616E; // "Cargoman" in ASCII.
    private const string ResourcePrefix = "Cargoman.Infrastructure.Database.Migrations.";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name       text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """,
                cancellationToken: cancellationToken));

            var applied = (await connection.QueryAsync<string>(new CommandDefinition("SELECT name FROM schema_migrations", cancellationToken: cancellationToken)))
                .ToHashSet(StringComparer.Ordinal);

            foreach (var (name, sql) in ReadScripts())
            {
                if (applied.Contains(name))
                {
                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (name) VALUES (@name)",
                    new { name },
                    transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                Log.MigrationApplied(logger, name);
            }
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private static IEnumerable<(string Name, string Sql)> ReadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        foreach (var resourceName in names)
        {
            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidOperationException($"Embedded migration {resourceName} cannot be read.");
            using var reader = new StreamReader(stream);
            yield return (resourceName[ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }
}
