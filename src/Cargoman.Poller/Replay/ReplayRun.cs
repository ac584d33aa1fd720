namespace Cargoman.Poller.Replay;

/// <summary>
/// A publishing replay run, new or resumed after an interruption.
/// </summary>
/// <param name="PublishedEventIds">The events that an interrupted run with this id already published.</param>
internal sealed record ReplayRun(Guid RunId, bool Resumed, IReadOnlySet<string> PublishedEventIds);
