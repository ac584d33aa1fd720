namespace Cargoman.Contracts;

/// <summary>
/// A payment attempt for a Stripe invoice failed (<c>invoice.payment_failed</c>).
/// </summary>
/// <param name="Event">The Stripe event this message was translated from.</param>
/// <param name="CustomerId">The Stripe customer id (<c>cus_...</c>).</param>
/// <param name="Invoice">The invoice as the event rendered it.</param>
public sealed record InvoicePaymentFailed(
    StripeEventInfo Event,
    string CustomerId,
    InvoiceInfo Invoice);
