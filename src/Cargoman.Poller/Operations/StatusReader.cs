using Dapper;
using Npgsql;

namespace Cargoman.Poller.Operations;

/// <summary>
/// Collects the <c>status</c> command's figures from PostgreSQL and RabbitMQ.
/// </summary>
internal sealed class StatusReader(NpgsqlDataSource dataSource, BrokerQueues queues, TimeProvider timeProvider)
{
    public static readonly string[] Queues = [Infrastructure.Messaging.SyncQueue.Name, BrokerQueues.ErrorQueue];

    public async Task<PollerStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        var positions = (await connection.QueryAsync<(string Name, DateTime Watermark, DateTime UpdatedAt)>(new CommandDefinition(
                "SELECT name, watermark, updated_at FROM poller_position ORDER BY name", cancellationToken: cancellationToken)))
            .Select(row => new PositionStatus(row.Name, ToUtc(row.Watermark), (now - ToUtc(row.Watermark)).TotalSeconds, ToUtc(row.UpdatedAt)))
            .ToList();

        var last = await connection.QueryFirstOrDefaultAsync<(string EventId, string Type, DateTime Created, string ReceivedBy, DateTime ArchivedAt)?>(new CommandDefinition(
            "SELECT event_id, event_type, created, received_by, archived_at FROM event_archive ORDER BY archived_at DESC, created DESC LIMIT 1",
            cancellationToken: cancellationToken));
        var newest = await connection.QuerySingleAsync<DateTime?>(new CommandDefinition("SELECT max(created) FROM event_archive", cancellationToken: cancellationToken));

        var counters = (await connection.QueryAsync<(string Name, long Count)>(new CommandDefinition(
                "SELECT name, count FROM event_counters ORDER BY name", cancellationToken: cancellationToken)))
            .ToDictionary(row => row.Name, row => row.Count, StringComparer.Ordinal);

        var depths = new Dictionary<string, uint?>(StringComparer.Ordinal);
        foreach (var queue in Queues)
        {
            depths[queue] = await queues.CountAsync(queue, cancellationToken);
        }

        return new PollerStatus(
            now,
            positions,
            last is { } seen ? new ArchivedEventStatus(seen.EventId, seen.Type, ToUtc(seen.Created), seen.ReceivedBy, ToUtc(seen.ArchivedAt)) : null,
            newest is { } created ? (now - ToUtc(created)).TotalSeconds : null,
            depths,
            counters);
    }

    private static DateTimeOffset ToUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
