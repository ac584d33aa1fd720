namespace Cargoman.Contracts;

/// <summary>
/// A Stripe subscription changed (<c>customer.subscription.updated</c>).
/// </summary>
/// <param name="Event">The Stripe event this message was translated from.</param>
/// <param name="CustomerId">The Stripe customer id (<c>cus_...</c>).</param>
/// <param name="Subscription">The subscription as the event rendered it.</param>
public sealed record SubscriptionUpdated(
    StripeEventInfo Event,
    string CustomerId,
    SubscriptionInfo Subscription);
