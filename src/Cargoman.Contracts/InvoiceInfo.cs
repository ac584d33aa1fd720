namespace Cargoman.Contracts;

/// <summary>
/// The fields of a Stripe invoice that decide whether it touches a customer's access.
/// </summary>
/// <param name="InvoiceId">The Stripe invoice id (<c>in_...</c>).</param>
/// <param name="SubscriptionId">The subscription the invoice bills, from <c>parent.subscription_details.subscription</c> or, in API versions before 2025-03-31, the top-level <c>subscription</c>; null for one-off invoices.</param>
/// <param name="BillingReason">Stripe's <c>billing_reason</c>, such as subscription_cycle or manual.</param>
/// <param name="Status">The invoice status, such as paid or open.</param>
public sealed record InvoiceInfo(
    string InvoiceId,
    string? SubscriptionId,
    string? BillingReason,
    string? Status);
