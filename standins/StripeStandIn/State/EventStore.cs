namespace StripeStandIn.State;

/// <summary>
/// All events of the scenario in list order (newest first). Immutable after start, so safe for concurrent reads.
/// </summary>
internal sealed class EventStore
{
    // Stripe keeps events for 30 days. Older ones cannot be listed or retrieved.
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private readonly IReadOnlyList<StoredEvent> _newestFirst;

    public EventStore(IEnumerable<StoredEvent> events)
    {
        // Among events of the same second, the later one in the file comes first.
        _newestFirst = events
            .OrderByDescending(stored => stored.Created)
            .ThenByDescending(stored => stored.Index)
            .ToList();
    }

    public int Count => _newestFirst.Count;

    /// <summary>Returns every event in the order of release, ties by <c>created</c> and then by position in the scenario.</summary>
    public IReadOnlyList<StoredEvent> InReleaseOrder() =>
        _newestFirst
            .OrderBy(stored => stored.ReleasedAt)
            .ThenBy(stored => stored.Created)
            .ThenBy(stored => stored.Index)
            .ToList();

    public int CountReleased(DateTimeOffset now) => _newestFirst.Count(stored => stored.IsReleased(now));

    /// <summary>Returns the events that <c>GET /v1/events</c> may list at <paramref name="now"/>, newest first.</summary>
    public IReadOnlyList<StoredEvent> Listable(DateTimeOffset now)
    {
        var oldestCreated = (now - Retention).ToUnixTimeSeconds();
        return _newestFirst
            .Where(stored => stored.IsReleased(now) && stored.Created >= oldestCreated)
            .ToList();
    }
}
