namespace Cargoman.Poller.Tests.Replay;

/// <param name="ReprocessRun">The value of the Cargoman-Replay-Run header; null when absent.</param>
public sealed record ReplayedMessage(string EventId, DateTimeOffset Created, string? ReprocessRun);
