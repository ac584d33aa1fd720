namespace Cargoman.Contracts;

/// <summary>
/// The Stripe event types that Cargoman.Sync translates into messages.
/// </summary>
public static class StripeEventTypes
{
    public const string SubscriptionCreated = "customer.subscription.created";
    public const string SubscriptionUpdated = "customer.subscription.updated";
    public const string SubscriptionDeleted = "customer.subscription.deleted";
    public const string InvoicePaid = "invoice.paid";
    public const string InvoicePaymentFailed = "invoice.payment_failed";

    /// <summary>Every handled type, in the order the poller asks Stripe for them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SubscriptionCreated,
        SubscriptionUpdated,
        SubscriptionDeleted,
        InvoicePaid,
        InvoicePaymentFailed,
    ];
}
