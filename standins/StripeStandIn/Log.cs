namespace StripeStandIn;

/// <summary>
/// Log messages of the stand-in. API keys appear only masked, as in <c>sk_test_****abcd</c>.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Stripe stand-in listening on {Url} with {EventCount} events and {CustomerCount} customers from {ScenarioPath}")]
    public static partial void Listening(this ILogger logger, string url, int eventCount, int customerCount, string scenarioPath);

    [LoggerMessage(2, LogLevel.Debug, "{Method} {Path}{Query} returned {Status}")]
    public static partial void RequestServed(this ILogger logger, string method, string path, string query, int status);

    [LoggerMessage(3, LogLevel.Warning, "Rejected {Method} {Path}: {Reason}")]
    public static partial void RequestRejected(this ILogger logger, string method, string path, string reason);

    [LoggerMessage(4, LogLevel.Information, "Injected fault: {Method} {Path} returned {Status}, {Remaining} more to fail")]
    public static partial void FaultReturned(this ILogger logger, string method, string path, int status, int remaining);

    [LoggerMessage(5, LogLevel.Information, "Fault set: the next {Count} requests under {Path} return {Status}")]
    public static partial void FaultSet(this ILogger logger, int status, int count, string path);

    [LoggerMessage(6, LogLevel.Information, "Fault cleared")]
    public static partial void FaultCleared(this ILogger logger);

    [LoggerMessage(7, LogLevel.Information, "Webhooks for released events are posted to {Url}")]
    public static partial void WebhooksEnabled(this ILogger logger, string url);

    [LoggerMessage(8, LogLevel.Debug, "Webhook for {EventId} delivered on attempt {Attempt}: {Status}")]
    public static partial void WebhookDelivered(this ILogger logger, string eventId, int attempt, int status);

    [LoggerMessage(9, LogLevel.Information, "Webhook for {EventId} failed on attempt {Attempt} ({Status}); retrying in {Delay}")]
    public static partial void WebhookRetrying(this ILogger logger, string eventId, int attempt, string status, TimeSpan delay);

    [LoggerMessage(10, LogLevel.Warning, "Webhook for {EventId} abandoned after {Attempts} attempts over {RetryPeriod}")]
    public static partial void WebhookAbandoned(this ILogger logger, string eventId, int attempts, TimeSpan retryPeriod);
}
