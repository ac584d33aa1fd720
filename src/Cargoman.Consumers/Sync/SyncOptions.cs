namespace Cargoman.Consumers.Sync;

/// <summary>
/// How Stripe subscriptions translate into Cargoman access. Bound from the <c>Sync</c> section.
/// </summary>
internal sealed class SyncOptions
{
    public const string SectionName = "Sync";

    /// <summary>The JSON object from Stripe price id to the packages it grants (<c>STRIPE_PRICE_MAPPING</c>).</summary>
    public string PriceMapping { get; set; } = "";

    /// <summary>What happens to a customer whose last subscription ended: Freeze (keep the current versions) or Expire (no access).</summary>
    public EndedSubscriptionAction OnSubscriptionEnded { get; set; } = EndedSubscriptionAction.Freeze;

    /// <summary>How long a remembered Cargoman state is trusted before it is read again from Cargoman.</summary>
    public TimeSpan StateCacheTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The waits between attempts of a failing message, parsed by <see cref="Consumers.RetrySchedule"/>. The default
    /// waits about 15 minutes in all, under RabbitMQ's default 30-minute delivery acknowledgement timeout.
    /// </summary>
    public string RetryIntervals { get; set; } = DefaultRetryIntervals;

    public const string DefaultRetryIntervals = "00:00:01,00:00:02,00:00:05,00:00:10,00:00:20,00:00:30,14*00:01:00";

    /// <summary>How many messages one consumer process handles at once; messages of one customer never run together.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;
}
