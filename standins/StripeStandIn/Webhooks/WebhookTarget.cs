namespace StripeStandIn.Webhooks;

/// <summary>
/// Where the stand-in posts each event when it is released, and the secret it signs them with.
/// </summary>
/// <param name="Secret">The endpoint's signing secret (<c>whsec_...</c>); the whole string is the HMAC key, as with Stripe.</param>
internal sealed record WebhookTarget(Uri Url, string Secret);
