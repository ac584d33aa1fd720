using Dapper;
using Npgsql;

namespace Cargoman.Poller.Polling;

/// <summary>
/// Keeps the poller's position and the ids of the events the broker confirmed, in PostgreSQL. The poller and the
/// webhook endpoint share the ids, so that an event that one of them published is not published again by the other.
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
    /// Inserts one event id into <c>published_events</c> in an open transaction, before the event is published.
    /// Returns null when the id is already there: the broker has confirmed that event before.
    /// </summary>
    public async Task<PublishClaim?> ClaimAsync(string eventId, string eventType, DateTimeOffset created, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        var claimed = false;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO published_events (event_id, event_type, created) VALUES (@eventId, @eventType, @created)
                ON CONFLICT (event_id) DO NOTHING
                """,
                new { eventId, eventType, created = created.UtcDateTime },
                transaction,
                cancellationToken: cancellationToken));

            claimed = inserted == 1;
            return claimed ? new PublishClaim(connection, transaction) : null;
        }
        finally
        {
            if (!claimed)
            {
                await DisposeAsync(connection, transaction);
            }
        }
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

    private static async Task DisposeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    private static DateTimeOffset ToUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
