namespace Cargoman.Poller.Operations;

/// <summary>
/// What the <c>status</c> command shows. Times are UTC; ages and lags are in seconds.
/// </summary>
internal sealed record PollerStatus(
    DateTimeOffset Now,
    IReadOnlyList<PositionStatus> Positions,
    ArchivedEventStatus? LastEventSeen,
    double? NewestArchivedAgeSeconds,
    IReadOnlyDictionary<string, uint?> QueueDepths,
    IReadOnlyDictionary<string, long> Counters);
