namespace Cargoman.Consumers.Stripe;

/// <summary>
/// A subscription's current state as Stripe's API returns it.
/// </summary>
/// <param name="CollectionPaused">Whether <c>pause_collection</c> is set, which leaves the status unchanged.</param>
/// <param name="EndActionOverride">The subscription's <c>cargoman_end_action</c> metadata value, if any.</param>
internal sealed record StripeSubscriptionState(
    string Id,
    string Status,
    IReadOnlyList<StripeSubscriptionItem> Items,
    bool CancelAtPeriodEnd,
    bool CollectionPaused,
    string? EndActionOverride = null)
{
    /// <summary>The metadata key that chooses, per subscription, what its end does: <c>freeze</c> or <c>expire</c>.</summary>
    public const string EndActionMetadataKey = "cargoman_end_action";
}
