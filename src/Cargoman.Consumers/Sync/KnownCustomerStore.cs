using System.Text.Json;
using Cargoman.Consumers.Cargoman;
using Dapper;
using Npgsql;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Remembers each Stripe customer's Cargoman id, status and grants, so that an event that changes nothing costs no Cargoman call.
/// </summary>
/// <remarks>
/// Each write commits on its own, right after the Cargoman call it records succeeded, so the
/// memory matches Cargoman even when the message's transaction later rolls back.
/// </remarks>
internal sealed class KnownCustomerStore(NpgsqlDataSource dataSource)
{
    public async Task<KnownCustomer?> FindAsync(string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT external_id, cargoman_id, status, grants::text AS grants, updated_at FROM cargoman_customers WHERE external_id = @externalId",
            new { externalId },
            cancellationToken: cancellationToken));

        return row is null
            ? null
            : new KnownCustomer(
                row.external_id,
                row.cargoman_id,
                row.status,
                JsonSerializer.Deserialize<List<PackageGrant>>(row.grants) ?? [],
                new DateTimeOffset(DateTime.SpecifyKind(row.updated_at, DateTimeKind.Utc)));
    }

    public async Task SaveAsync(KnownCustomer customer, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO cargoman_customers (external_id, cargoman_id, status, grants, updated_at)
            VALUES (@ExternalId, @CargomanId, @Status, @Grants::jsonb, @UpdatedAt)
            ON CONFLICT (external_id) DO UPDATE
            SET cargoman_id = excluded.cargoman_id, status = excluded.status, grants = excluded.grants, updated_at = excluded.updated_at
            """,
            new
            {
                customer.ExternalId,
                customer.CargomanId,
                customer.Status,
                Grants = JsonSerializer.Serialize(customer.Grants),
                customer.UpdatedAt,
            },
            cancellationToken: cancellationToken));
    }

    public async Task ForgetAsync(string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM cargoman_customers WHERE external_id = @externalId",
            new { externalId },
            cancellationToken: cancellationToken));
    }

#pragma warning disable IDE1006, CA1812 // Dapper maps columns to these names; it creates the instances.
    private sealed record Row(string external_id, string cargoman_id, string status, string grants, DateTime updated_at);
#pragma warning restore IDE1006, CA1812
}
