using Dapper;
using Npgsql;

namespace Cargoman.Poller.Polling;

/// <summary>
/// Keeps the poller's position and the ids of the events the broker confirmed, in PostgreSQL.
/// </summary>
internal sealed class PollerStore(NpgsqlDataSource dataSource)
{
    public async Task<PollerPosition> GetOrCreatePositionAsync(string name, DateTimeOffset startAt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO poller_position (name, start_at, watermark) VALUES (@name, @startAt, @startAt)
            ON CONFLICT (name) DO NOTHING
            """,
            new { name, startAt },
            cancellationToken: cancellationToken));

        var row = await connection.QuerySingleAsync<(DateTime StartAt, DateTime Watermark)>(new CommandDefinition(
            "SELECT start_at, watermark FROM poller_position WHERE name = @name",
            new { name },
            cancellationToken: cancellationToken));

        return new PollerPosition(ToUtc(row.StartAt), ToUtc(row.Watermark));
    }

    /// <summary>
    /// Returns the ids among <paramref name="eventIds"/> that the broker has already confirmed.
    /// </summary>
    public async Task<HashSet<string>> FindPublishedAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var published = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT event_id FROM published_events WHERE event_id = ANY(@ids)",
            new { ids = eventIds.ToArray() },
            cancellationToken: cancellationToken));

        return published.ToHashSet(StringComparer.Ordinal);
    }

    public async Task RecordPublishedAsync(IReadOnlyCollection<ListedEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO published_events (event_id, event_type, created)
            SELECT * FROM unnest(@ids, @types, @created)
            ON CONFLICT (event_id) DO NOTHING
            """,
            new
            {
                ids = events.Select(e => e.Id).ToArray(),
                types = events.Select(e => e.Type).ToArray(),
                created = events.Select(e => e.Created.UtcDateTime).ToArray(),
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Moves the watermark forward; a smaller value leaves it where it is.
    /// </summary>
    public async Task AdvanceWatermarkAsync(string name, DateTimeOffset watermark, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE poller_position SET watermark = GREATEST(watermark, @watermark), updated_at = now() WHERE name = @name",
            new { name, watermark },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Deletes the ids of confirmed events created before <paramref name="before"/>: Stripe can no longer list them.
    /// </summary>
    public async Task<int> PrunePublishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM published_events WHERE created < @before",
            new { before },
            cancellationToken: cancellationToken));
    }

    private static DateTimeOffset ToUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
