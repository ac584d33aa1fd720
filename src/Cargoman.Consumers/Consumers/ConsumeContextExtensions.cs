using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal static class ConsumeContextExtensions
{
    /// <summary>
    /// Returns when the message was published, or the latest possible time when the publisher did not say, so that no earlier Stripe read is reused.
    /// </summary>
    public static DateTimeOffset PublishedAt(this ConsumeContext context) =>
        context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : DateTimeOffset.MaxValue;

    /// <summary>
    /// Returns why an invoice cannot change access, or null when it bills a subscription.
    /// </summary>
    public static string? IgnoredBecause(this InvoiceInfo invoice) =>
        invoice.SubscriptionId is null
            ? $"invoice {invoice.InvoiceId} is a one-off invoice (billing reason {invoice.BillingReason ?? "none"}) and bills no subscription"
            : null;
}
