using Cargoman.Infrastructure.Stripe;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Translation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Polling;

/// <summary>
/// One poll: lists a window of Stripe events, publishes those not yet confirmed, oldest first, and moves the position.
/// </summary>
/// <remarks>
/// Stripe shows some events seconds or minutes after their <c>created</c> time, and events of the same
/// second have no reliable order. So each window starts <see cref="PollerOptions.Overlap"/> before the
/// watermark, and the ids already confirmed by the broker are skipped instead of trusting time alone.
/// </remarks>
internal sealed class PollCycle(
    StripeEventSource source,
    EventPublisher publisher,
    PollerStore store,
    EventArchive archive,
    IOptions<PollerOptions> pollerOptions,
    IOptions<StripeOptions> stripeOptions,
    TimeProvider timeProvider,
    ILogger<PollCycle> logger)
{
    /// <summary>Confirmed ids are written after every batch, so a crash repeats at most one batch.</summary>
    private const int PublishBatchSize = 100;

    private readonly PollerOptions _options = pollerOptions.Value;

    /// <summary>The position's key: a live key, a test key and each connected account have their own.</summary>
    public string PositionName { get; } = string.Join(
        ':',
        "stripe-events",
        stripeOptions.Value.IsLiveMode ? "live" : "test",
        string.IsNullOrEmpty(stripeOptions.Value.Account) ? "platform" : stripeOptions.Value.Account);

    public async Task<PollResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var position = await store.GetOrCreatePositionAsync(PositionName, StartPoint.Resolve(_options.StartAt, now), cancellationToken);

        var from = Max(position.Watermark - _options.Overlap, position.StartAt);
        DateTimeOffset? to = from + _options.MaxWindow;
        var caughtUp = to >= now - _options.Overlap;
        if (caughtUp)
        {
            to = null;
        }

        Log.PollStarted(logger, from, to);
        var listed = await source.ListAsync(from, to, _options.PageSize, cancellationToken);

        // Archived before publishing, so that every published event can be replayed later.
        await archive.StoreListedAsync(listed, EventArrival.Poll, cancellationToken);

        // Stripe lists newest first; publish oldest first, keeping Stripe's order within a second.
        listed.Reverse();
        var oldestFirst = listed.OrderBy(e => e.Created).ToList();

        var alreadyPublished = await store.FindPublishedAsync([.. oldestFirst.Select(e => e.Id)], cancellationToken);
        var pending = oldestFirst.Where(e => !alreadyPublished.Contains(e.Id)).ToList();

        var (published, invalid) = await PublishAsync(pending, cancellationToken);

        var watermark = caughtUp
            ? (oldestFirst.Count > 0 ? oldestFirst[^1].Created : position.Watermark)
            : to!.Value;
        await store.AdvanceWatermarkAsync(PositionName, watermark, cancellationToken);

        if (published > 0 || invalid > 0)
        {
            Log.PollPublished(logger, published, listed.Count, invalid, watermark);
        }
        else
        {
            Log.PollFoundNothing(logger, listed.Count, watermark);
        }

        var pruned = await store.PrunePublishedAsync(now - StartPoint.StripeRetention - TimeSpan.FromDays(1), cancellationToken);
        if (pruned > 0)
        {
            Log.PublishedIdsPruned(logger, pruned);
        }

        var windowWasFull = pending.Count >= _options.PageSize;
        return new PollResult(listed.Count, published, invalid, MoreAvailable: !caughtUp || windowWasFull);
    }

    private async Task<(int Published, int Invalid)> PublishAsync(List<ListedEvent> pending, CancellationToken cancellationToken)
    {
        var published = 0;
        var invalid = 0;

        foreach (var batch in pending.Chunk(PublishBatchSize))
        {
            foreach (var listedEvent in batch)
            {
                var translation = StripeEventTranslator.Translate(listedEvent.Json);
                switch (translation.Outcome)
                {
                    case TranslationOutcome.Translated:
                        // Awaited one by one: MassTransit publishes each message type on its own channel,
                        // so concurrent publishes could reach the queue out of order.
                        await publisher.PublishAsync(translation, cancellationToken);
                        published++;
                        break;
                    case TranslationOutcome.Invalid:
                        // Stripe sent it, so trying again cannot fix it: log it once and move on.
                        Log.EventInvalid(logger, listedEvent.Id, listedEvent.Type, translation.Error!);
                        invalid++;
                        break;
                    case TranslationOutcome.Unhandled:
                        Log.EventUnhandled(logger, listedEvent.Id, listedEvent.Type);
                        break;
                }
            }

            await store.RecordPublishedAsync(batch, cancellationToken);
        }

        return (published, invalid);
    }

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;
}
