using Cargoman.Poller.Polling;
using Cargoman.Poller.Translation;
using Dapper;
using Npgsql;

namespace Cargoman.Poller.Archive;

/// <summary>
/// Stores every Stripe event received, once, in <c>event_archive</c>, and reads them back for replays.
/// </summary>
internal sealed class EventArchive(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Stores events from Stripe's event list. Events already in the archive keep their first row.
    /// </summary>
    public Task StoreListedAsync(IReadOnlyCollection<ListedEvent> events, string receivedBy, CancellationToken cancellationToken)
    {
        var archived = events
            .Select(e => new ArchivedEvent(e.Id, e.Type, e.Created, CustomerOf(e.Json), receivedBy, e.Json))
            .ToList();
        return StoreAsync(archived, cancellationToken);
    }

    /// <summary>
    /// Stores events; an event id already in the archive keeps its first row.
    /// </summary>
    public async Task StoreAsync(IReadOnlyCollection<ArchivedEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO event_archive (event_id, event_type, created, customer_id, received_by, raw_json)
            SELECT * FROM unnest(@ids, @types, @created, @customers, @receivedBy, @json)
            ON CONFLICT (event_id) DO NOTHING
            """,
            new
            {
                ids = events.Select(e => e.EventId).ToArray(),
                types = events.Select(e => e.Type).ToArray(),
                created = events.Select(e => e.Created.UtcDateTime).ToArray(),
                customers = events.Select(e => e.CustomerId).ToArray(),
                receivedBy = events.Select(e => e.ReceivedBy).ToArray(),
                json = events.Select(e => e.RawJson).ToArray(),
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Returns the archived events created from <paramref name="from"/> up to <paramref name="to"/>, both inclusive,
    /// oldest first. Empty <paramref name="types"/> means every type; a null <paramref name="customerId"/> every customer.
    /// </summary>
    public async Task<List<ArchivedEvent>> ListAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        IReadOnlyCollection<string> types,
        string? customerId,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT event_id, event_type, created, customer_id, received_by, raw_json
            FROM event_archive
            WHERE created >= @from AND created <= @to
              AND (cardinality(@types) = 0 OR event_type = ANY(@types))
              AND (@customerId::text IS NULL OR customer_id = @customerId)
            ORDER BY created, archived_at, event_id
            """,
            new { from = from.UtcDateTime, to = to.UtcDateTime, types = types.ToArray(), customerId },
            cancellationToken: cancellationToken));

        return rows
            .Select(row => new ArchivedEvent(row.event_id, row.event_type, ToUtc(row.created), row.customer_id, row.received_by, row.raw_json))
            .ToList();
    }

    /// <summary>Returns the <c>created</c> times of the oldest and the newest archived event, or nulls when the archive is empty.</summary>
    public async Task<(DateTimeOffset? Oldest, DateTimeOffset? Newest)> FindCreatedRangeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(DateTime? Oldest, DateTime? Newest)>(new CommandDefinition(
            "SELECT min(created), max(created) FROM event_archive",
            cancellationToken: cancellationToken));

        return (row.Oldest is { } oldest ? ToUtc(oldest) : null, row.Newest is { } newest ? ToUtc(newest) : null);
    }

    /// <summary>Deletes the events created before <paramref name="before"/> and returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM event_archive WHERE created < @before",
            new { before = before.UtcDateTime },
            cancellationToken: cancellationToken));
    }

    /// <summary>Returns the customer id of a handled event, or null for other and unreadable events.</summary>
    public static string? CustomerOf(string json) => StripeEventTranslator.Translate(json).CustomerId;

    private static DateTimeOffset ToUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

#pragma warning disable IDE1006, CA1812 // Dapper maps columns to these names; it creates the instances.
    private sealed record Row(string event_id, string event_type, DateTime created, string? customer_id, string received_by, string raw_json);
#pragma warning restore IDE1006, CA1812
}
