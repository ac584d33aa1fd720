namespace StripeStandIn.Rendering;

/// <summary>
/// Current billing period of a subscription, in Unix seconds.
/// </summary>
internal readonly record struct SubscriptionPeriod(long Start, long End)
{
    /// <summary>Length of a period when the scenario gives no end: 30 days, an estimate of a monthly period.</summary>
    public const long DefaultLengthSeconds = 30 * 86_400;
}
