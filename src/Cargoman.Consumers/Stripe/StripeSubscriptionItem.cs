namespace Cargoman.Consumers.Stripe;

internal sealed record StripeSubscriptionItem(string PriceId, long Quantity);
