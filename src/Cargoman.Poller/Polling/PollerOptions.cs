namespace Cargoman.Poller.Polling;

/// <summary>
/// How the poller reads Stripe's event list. Bound from the <c>Poller</c> section.
/// </summary>
internal sealed class PollerOptions
{
    public const string SectionName = "Poller";

    /// <summary>Whether the process polls Stripe's event list; off for a deployment that receives events by webhook only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where a first start begins: <c>now</c>, or an ISO 8601 time within the last 30 days (Stripe keeps events for 30 days).</summary>
    public string StartAt { get; set; } = "now";

    /// <summary>The wait between polls once the poller has caught up.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How far before its position each poll lists again, for events that became visible late.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest span of event time that one poll lists while catching up on a backlog.</summary>
    public TimeSpan MaxWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Events per page of <c>GET /v1/events</c>, from 1 to 100.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>The longest wait after repeated failures such as Stripe's 429 responses or a broker outage.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(2);
}
