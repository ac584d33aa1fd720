namespace Cargoman.Consumers.Stripe;

/// <summary>
/// The Stripe customer's contact details, or the fact that Stripe no longer has the customer.
/// </summary>
/// <param name="Deleted">Whether Stripe deleted the customer, or does not know it.</param>
internal sealed record StripeCustomerDetails(string Id, string? Name, string? Email, bool Deleted);
