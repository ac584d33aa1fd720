using System.Diagnostics.Metrics;
using Dapper;
using Npgsql;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Counts deliveries that took no effect: duplicates, ignored events and events of another mode or account.
/// </summary>
/// <remarks>
/// Each count goes to the Meter <c>Cargoman.Sync.Consumers</c>, for metrics exporters, and to the
/// <c>event_counters</c> table, so that the totals survive restarts and add up across processes.
/// </remarks>
internal sealed class DeliveryCounters : IDisposable
{
    public const string MeterName = "Cargoman.Sync.Consumers";
    public const string Duplicate = "duplicate";
    public const string Ignored = "ignored";
    public const string OtherAccount = "other_account";

    private readonly NpgsqlDataSource _dataSource;
    private readonly Meter _meter;
    private readonly Counter<long> _skipped;

    public DeliveryCounters(NpgsqlDataSource dataSource, IMeterFactory meterFactory)
    {
        _dataSource = dataSource;
        _meter = meterFactory.Create(MeterName);
        _skipped = _meter.CreateCounter<long>("cargoman.sync.deliveries.skipped", description: "Stripe event deliveries that took no effect, by reason");
    }

    /// <summary>Adds one to the counter <paramref name="name"/>, within <paramref name="transaction"/> when given.</summary>
    public async Task IncrementAsync(string name, NpgsqlConnection? connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        _skipped.Add(1, new KeyValuePair<string, object?>("reason", name));

        const string Sql =
            """
            INSERT INTO event_counters (name, count) VALUES (@name, 1)
            ON CONFLICT (name) DO UPDATE SET count = event_counters.count + 1, updated_at = now()
            """;

        if (connection is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(Sql, new { name }, transaction, cancellationToken: cancellationToken));
            return;
        }

        await using var ownConnection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await ownConnection.ExecuteAsync(new CommandDefinition(Sql, new { name }, cancellationToken: cancellationToken));
    }

    /// <summary>Returns every counter's total.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, long Count)>(new CommandDefinition("SELECT name, count FROM event_counters", cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Name, row => row.Count, StringComparer.Ordinal);
    }

    public void Dispose() => _meter.Dispose();
}
