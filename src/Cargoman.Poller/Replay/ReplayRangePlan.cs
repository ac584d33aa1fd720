namespace Cargoman.Poller.Replay;

/// <summary>
/// The sources that serve a replay's range, oldest segment first, or why part of the range cannot be served.
/// </summary>
internal sealed record ReplayRangePlan(IReadOnlyList<ReplaySegment> Segments, string? Error)
{
    public static ReplayRangePlan Served(params ReplaySegment[] segments) => new(segments, null);

    public static ReplayRangePlan Unservable(string error) => new([], error);
}
