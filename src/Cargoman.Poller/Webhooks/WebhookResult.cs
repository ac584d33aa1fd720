namespace Cargoman.Poller.Webhooks;

/// <summary>
/// The response to one webhook delivery.
/// </summary>
/// <param name="Reason">A short machine-readable reason for Rejected and Failed, used as the metric's <c>reason</c> tag.</param>
/// <param name="Message">The text sent back to Stripe, which shows it in the dashboard. It never contains a secret or part of the body.</param>
internal sealed record WebhookResult(WebhookOutcome Outcome, int StatusCode, string? Reason, string Message)
{
    public static WebhookResult Accepted { get; } = new(WebhookOutcome.Accepted, 200, null, "published");

    public static WebhookResult Duplicate { get; } = new(WebhookOutcome.Duplicate, 200, null, "already published");

    public static WebhookResult Ignored { get; } = new(WebhookOutcome.Ignored, 200, null, "event type not handled; ignored");

    public static WebhookResult Rejected(string reason, string message, int statusCode = 400) =>
        new(WebhookOutcome.Rejected, statusCode, reason, message);

    public static WebhookResult Failed(string reason, string message) =>
        new(WebhookOutcome.Failed, 503, reason, message);
}
