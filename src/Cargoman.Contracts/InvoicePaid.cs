namespace Cargoman.Contracts;

/// <summary>
/// A Stripe invoice was paid (<c>invoice.paid</c>), by a payment or out of band.
/// </summary>
/// <param name="Event">The Stripe event this message was translated from.</param>
/// <param name="CustomerId">The Stripe customer id (<c>cus_...</c>).</param>
/// <param name="Invoice">The invoice as the event rendered it.</param>
public sealed record InvoicePaid(
    StripeEventInfo Event,
    string CustomerId,
    InvoiceInfo Invoice);
