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

    [LoggerMessage(2011, LogLevel.Information, "Poller is off (Poller:Enabled is false); Stripe's event list is not read")]
    public static partial void PollerDisabled(ILogger logger);

    [LoggerMessage(2100, LogLevel.Information, "Webhook endpoint listening on {Url}; health checks on /health/live and /health/ready")]
    public static partial void WebhookListening(ILogger logger, string url);

    [LoggerMessage(2101, LogLevel.Information, "Webhook endpoint stopped")]
    public static partial void WebhookStopped(ILogger logger);

    [LoggerMessage(2102, LogLevel.Critical, "Cannot listen for webhooks on {Address} port {Port}: {Message}. Set Webhook__Port or Webhook__BindAddress")]
    public static partial void WebhookCannotListen(ILogger logger, string address, int port, string message);

    [LoggerMessage(2103, LogLevel.Debug, "Published Stripe event {EventId} ({EventType}) received by webhook")]
    public static partial void WebhookEventPublished(ILogger logger, string eventId, string eventType);

    [LoggerMessage(2104, LogLevel.Debug, "Stripe event {EventId} ({EventType}) received by webhook is already in published_events; not published again")]
    public static partial void WebhookEventDuplicate(ILogger logger, string eventId, string eventType);

    [LoggerMessage(2105, LogLevel.Debug, "Stripe event {EventId} received by webhook has type {EventType}, which Cargoman.Sync does not handle")]
    public static partial void WebhookEventUnhandled(ILogger logger, string eventId, string eventType);

    [LoggerMessage(2106, LogLevel.Debug, "Rejected a webhook delivery: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(2107, LogLevel.Error, "Stripe event {EventId} ({EventType}) received by webhook cannot be translated; responded with 400: {Reason}")]
    public static partial void WebhookEventInvalid(ILogger logger, string eventId, string eventType, string reason);

    [LoggerMessage(2108, LogLevel.Warning, "Publishing Stripe event {EventId} received by webhook did not finish within {Timeout}; responded with 503 so that Stripe delivers it again")]
    public static partial void WebhookPublishTimedOut(ILogger logger, string eventId, TimeSpan timeout);

    [LoggerMessage(2109, LogLevel.Warning, "Publishing Stripe event {EventId} received by webhook failed; responded with 503 so that Stripe delivers it again")]
    public static partial void WebhookPublishFailed(ILogger logger, Exception exception, string eventId);

    [LoggerMessage(2110, LogLevel.Information, "Webhook deliveries since the previous report: {Counts}")]
    public static partial void WebhookCounts(ILogger logger, string counts);

    [LoggerMessage(2111, LogLevel.Warning, "Webhook deliveries since the previous report: {Counts}")]
    public static partial void WebhookCountsWithProblems(ILogger logger, string counts);

    [LoggerMessage(2112, LogLevel.Error, "Deleting old ids from published_events failed; trying again in {Interval}")]
    public static partial void PublishedIdsPruneFailed(ILogger logger, Exception exception, TimeSpan interval);
}
