using Cargoman.Poller.Polling;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Splits a replay's range between Stripe's event list and the archive, and finds the parts that neither can serve.
/// </summary>
/// <remarks>
/// Stripe lists the events of the last 30 days. The edge is placed <see cref="StripeEdgeMargin"/> later than that,
/// so that events at the edge do not disappear from Stripe's list while a replay reads it. The archive serves
/// times from its oldest event on, or from the retention cutoff when <c>Archive:Retention</c> deleted older events.
/// </remarks>
internal static class ReplayRangePlanner
{
    public static readonly TimeSpan StripeEdgeMargin = TimeSpan.FromMinutes(10);

    /// <summary>Returns the oldest time that a replay reads from Stripe at <paramref name="now"/>, in whole seconds.</summary>
    public static DateTimeOffset StripeEdge(DateTimeOffset now)
    {
        var edge = now - StartPoint.StripeRetention + StripeEdgeMargin;
        return DateTimeOffset.FromUnixTimeSeconds(edge.ToUnixTimeSeconds() + 1);
    }

    /// <param name="archiveFrom">The oldest time the archive serves; null when it is empty.</param>
    public static ReplayRangePlan Plan(ReplayRequest request, DateTimeOffset now, DateTimeOffset? archiveFrom)
    {
        var edge = StripeEdge(now);
        var beforeEdge = edge - TimeSpan.FromSeconds(1);

        switch (request.Source)
        {
            case ReplaySource.Stripe:
                return request.From >= edge
                    ? ReplayRangePlan.Served(new ReplaySegment(ReplaySource.Stripe, request.From, request.To))
                    : ReplayRangePlan.Unservable(
                        $"Cannot replay {Format(request.From)} to {Format(Min(request.To, beforeEdge))} from Stripe: Stripe keeps events for 30 days, " +
                        $"so its event list starts at {Format(edge)}. Use --source archive or --source auto for older times.");

            case ReplaySource.Archive:
                return ArchiveServes(request.From, archiveFrom)
                    ? ReplayRangePlan.Served(new ReplaySegment(ReplaySource.Archive, request.From, request.To))
                    : ReplayRangePlan.Unservable(
                        $"Cannot replay {Format(request.From)} to {Format(Min(request.To, ArchiveGapEnd(archiveFrom, request.To)))} from the archive: " +
                        $"{DescribeArchive(archiveFrom)}.");

            default:
                if (request.From >= edge)
                {
                    return ReplayRangePlan.Served(new ReplaySegment(ReplaySource.Stripe, request.From, request.To));
                }

                if (!ArchiveServes(request.From, archiveFrom))
                {
                    var gapEnd = Min(Min(request.To, beforeEdge), ArchiveGapEnd(archiveFrom, request.To));
                    return ReplayRangePlan.Unservable(
                        $"Cannot replay {Format(request.From)} to {Format(gapEnd)}: Stripe keeps events for 30 days, so its event list starts at {Format(edge)}, " +
                        $"and {DescribeArchive(archiveFrom)}.");
                }

                var archivePart = new ReplaySegment(ReplaySource.Archive, request.From, Min(request.To, beforeEdge));
                return request.To < edge
                    ? ReplayRangePlan.Served(archivePart)
                    : ReplayRangePlan.Served(archivePart, new ReplaySegment(ReplaySource.Stripe, edge, request.To));
        }
    }

    private static bool ArchiveServes(DateTimeOffset from, DateTimeOffset? archiveFrom) => archiveFrom is { } start && from >= start;

    private static DateTimeOffset ArchiveGapEnd(DateTimeOffset? archiveFrom, DateTimeOffset to) =>
        archiveFrom is { } start ? start - TimeSpan.FromSeconds(1) : to;

    private static string DescribeArchive(DateTimeOffset? archiveFrom) => archiveFrom is { } start
        ? $"the archive holds events from {Format(start)} on"
        : "the archive is empty";

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left < right ? left : right;

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
