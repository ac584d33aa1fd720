namespace Cargoman.Poller.Operations;

/// <summary>One stored poller position: its key, watermark, lag behind now in seconds, and last update.</summary>
internal sealed record PositionStatus(string Name, DateTimeOffset Watermark, double LagSeconds, DateTimeOffset UpdatedAt);
