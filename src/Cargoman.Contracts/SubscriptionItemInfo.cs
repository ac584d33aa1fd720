namespace Cargoman.Contracts;

/// <summary>
/// One item of a Stripe subscription.
/// </summary>
/// <param name="PriceId">The Stripe price id (<c>price_...</c>) that the item bills.</param>
/// <param name="Quantity">The item's quantity; Stripe reports 1 for plain licensed prices.</param>
/// <param name="CurrentPeriodEnd">The end of the item's current billing period, when known.</param>
public sealed record SubscriptionItemInfo(
    string PriceId,
    long Quantity,
    DateTimeOffset? CurrentPeriodEnd);
