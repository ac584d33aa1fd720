using Microsoft.Extensions.Logging;

namespace Cargoman.Poller;

internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Poller started for {PositionName}, polling every {Interval} once caught up")]
    public static partial void PollerStarted(ILogger logger, string positionName, TimeSpan interval);

    [LoggerMessage(2002, LogLevel.Information, "Poller stopped")]
    public static partial void PollerStopped(ILogger logger);

    [LoggerMessage(2003, LogLevel.Debug, "Listing Stripe events created from {From:O} to {To:O}")]
    public static partial void PollStarted(ILogger logger, DateTimeOffset from, DateTimeOffset? to);

    [LoggerMessage(2004, LogLevel.Information, "Published {Published} of {Listed} listed Stripe events ({Invalid} invalid); position now {Watermark:O}")]
    public static partial void PollPublished(ILogger logger, int published, int listed, int invalid, DateTimeOffset watermark);

    [LoggerMessage(2005, LogLevel.Debug, "No new Stripe events among {Listed} listed; position {Watermark:O}")]
    public static partial void PollFoundNothing(ILogger logger, int listed, DateTimeOffset watermark);

    [LoggerMessage(2006, LogLevel.Error, "Stripe event {EventId} ({EventType}) cannot be translated and is skipped: {Reason}")]
    public static partial void EventInvalid(ILogger logger, string eventId, string eventType, string reason);

    [LoggerMessage(2007, LogLevel.Debug, "Stripe event {EventId} has type {EventType}, which Cargoman.Sync does not handle")]
    public static partial void EventUnhandled(ILogger logger, string eventId, string eventType);

    [LoggerMessage(2008, LogLevel.Warning, "Stripe answered 429 Too Many Requests after Stripe.net's own retries; polling again in {Delay}")]
    public static partial void StripeRateLimited(ILogger logger, TimeSpan delay);

    [LoggerMessage(2009, LogLevel.Error, "Poll failed ({Failures} in a row); polling again in {Delay}. The position did not move, so no event is lost")]
    public static partial void PollFailed(ILogger logger, Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(2010, LogLevel.Debug, "Deleted {Count} ids of published events older than Stripe's retention")]
    public static partial void PublishedIdsPruned(ILogger logger, int count);
}
