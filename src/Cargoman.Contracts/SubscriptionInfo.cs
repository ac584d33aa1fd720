namespace Cargoman.Contracts;

/// <summary>
/// The state of a Stripe subscription as the event rendered it.
/// </summary>
/// <param name="SubscriptionId">The Stripe subscription id (<c>sub_...</c>).</param>
/// <param name="Status">Stripe's subscription status: incomplete, incomplete_expired, trialing, active, past_due, unpaid, canceled or paused.</param>
/// <param name="Items">The subscription's items with their prices and quantities.</param>
/// <param name="CancelAtPeriodEnd">Whether the subscription ends when the current period ends.</param>
/// <param name="CurrentPeriodEnd">The end of the current period: the top-level field of API versions before 2025-03-31, else the latest end among the items.</param>
/// <param name="PauseCollectionBehavior">The behaviour of <c>pause_collection</c> when collection is paused; null when it is not.</param>
/// <param name="TrialEnd">The end of the trial, when the subscription has one.</param>
public sealed record SubscriptionInfo(
    string SubscriptionId,
    string Status,
    IReadOnlyList<SubscriptionItemInfo> Items,
    bool CancelAtPeriodEnd,
    DateTimeOffset? CurrentPeriodEnd,
    string? PauseCollectionBehavior,
    DateTimeOffset? TrialEnd);
