namespace Cargoman.Poller.Replay;

/// <summary>
/// One event that a replay read, from Stripe or from the archive.
/// </summary>
internal sealed record ReplayEvent(string EventId, string Type, DateTimeOffset Created, string? CustomerId, string RawJson, ReplaySource Source);
