using Cargoman.Contracts;
using Cargoman.Infrastructure.Messaging;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal static class ConsumeContextExtensions
{
    /// <summary>
    /// Returns when the message was published, or the latest possible time when the publisher did not set it, so that no earlier Stripe read is reused.
    /// </summary>
    public static DateTimeOffset PublishedAt(this ConsumeContext context) =>
        context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : DateTimeOffset.MaxValue;

    /// <summary>
    /// Returns the replay run of a reprocessing message (<see cref="ReplayHeaders.ReprocessRun"/>), or null for an ordinary
    /// message or a header that is not a run id.
    /// </summary>
    public static Guid? ReprocessRun(this ConsumeContext context) =>
        Guid.TryParse(context.Headers.Get<string>(ReplayHeaders.ReprocessRun), out var runId) ? runId : null;

    /// <summary>
    /// Returns why an invoice cannot change access, or null when it bills a subscription.
    /// </summary>
    public static string? IgnoredBecause(this InvoiceInfo invoice) =>
        invoice.SubscriptionId is null
            ? $"invoice {invoice.InvoiceId} is a one-off invoice (billing reason {invoice.BillingReason ?? "none"}) and bills no subscription"
            : null;
}
