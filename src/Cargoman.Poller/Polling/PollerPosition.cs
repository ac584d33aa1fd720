namespace Cargoman.Poller.Polling;

/// <summary>
/// The poller's stored place in Stripe's event list.
/// </summary>
/// <param name="StartAt">Where the first start began; no event created before it is published.</param>
/// <param name="Watermark">Every event created before this time has been listed at least once.</param>
internal sealed record PollerPosition(DateTimeOffset StartAt, DateTimeOffset Watermark);
