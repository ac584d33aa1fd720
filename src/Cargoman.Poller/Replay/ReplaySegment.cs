namespace Cargoman.Poller.Replay;

/// <summary>
/// A span of <c>created</c> times, both ends inclusive, that one source serves.
/// </summary>
internal sealed record ReplaySegment(ReplaySource Source, DateTimeOffset From, DateTimeOffset To);
