using Cargoman.Poller.Archive;
using Cargoman.Poller.Polling;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Reads the events of a replay's segments, filtered by type and customer, oldest first.
/// </summary>
/// <remarks>
/// Events read from Stripe are archived on the way, marked as received by a replay, so that the archive fills gaps
/// that the poller left while it was stopped.
/// </remarks>
internal sealed class ReplayReader(StripeEventSource stripe, EventArchive archive)
{
    private const int StripePageSize = 100;

    public async Task<List<ReplayEvent>> ReadAsync(ReplayRequest request, IReadOnlyList<ReplaySegment> segments, CancellationToken cancellationToken)
    {
        var events = new List<ReplayEvent>();
        foreach (var segment in segments)
        {
            var read = segment.Source == ReplaySource.Archive
                ? await ReadArchiveAsync(request, segment, cancellationToken)
                : await ReadStripeAsync(request, segment, cancellationToken);
            events.AddRange(read);
        }

        // The segments do not overlap, but an event can sit in both sources; the first one read is kept.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return events
            .Where(e => seen.Add(e.EventId))
            .OrderBy(e => e.Created)
            .ToList();
    }

    private async Task<IEnumerable<ReplayEvent>> ReadArchiveAsync(ReplayRequest request, ReplaySegment segment, CancellationToken cancellationToken)
    {
        var archived = await archive.ListAsync(segment.From, segment.To, request.Types, request.CustomerId, cancellationToken);
        return archived.Select(e => new ReplayEvent(e.EventId, e.Type, e.Created, e.CustomerId, e.RawJson, ReplaySource.Archive));
    }

    private async Task<IEnumerable<ReplayEvent>> ReadStripeAsync(ReplayRequest request, ReplaySegment segment, CancellationToken cancellationToken)
    {
        var listed = await stripe.ListAsync(segment.From, segment.To, StripePageSize, cancellationToken);
        await archive.StoreListedAsync(listed, EventArrival.Replay, cancellationToken);

        // Stripe lists newest first; reversing keeps Stripe's order within one second after the stable sort by time.
        listed.Reverse();
        return listed
            .Where(e => request.Types.Count == 0 || request.Types.Contains(e.Type, StringComparer.Ordinal))
            .Select(e => new ReplayEvent(e.Id, e.Type, e.Created, EventArchive.CustomerOf(e.Json), e.Json, ReplaySource.Stripe))
            .Where(e => request.CustomerId is null || string.Equals(e.CustomerId, request.CustomerId, StringComparison.Ordinal))
            .OrderBy(e => e.Created)
            .ToList();
    }
}
