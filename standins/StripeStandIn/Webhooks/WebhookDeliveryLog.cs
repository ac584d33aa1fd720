namespace StripeStandIn.Webhooks;

/// <summary>
/// Counts the webhook deliveries for <c>GET /_standin/webhooks</c>. Safe for concurrent use.
/// </summary>
internal sealed class WebhookDeliveryLog
{
    private long _delivered;
    private long _failedAttempts;
    private long _abandoned;

    /// <summary>Events delivered with a 2xx response.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Attempts with another status or with no response at all; each is retried.</summary>
    public long FailedAttempts => Interlocked.Read(ref _failedAttempts);

    /// <summary>Events whose retries ran out without a 2xx response.</summary>
    public long Abandoned => Interlocked.Read(ref _abandoned);

    public void RecordDelivered() => Interlocked.Increment(ref _delivered);

    public void RecordFailedAttempt() => Interlocked.Increment(ref _failedAttempts);

    public void RecordAbandoned() => Interlocked.Increment(ref _abandoned);
}
