using Cargoman.Contracts;
using Cargoman.Infrastructure.Stripe;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Translation;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client.Exceptions;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Runs one replay: checks that the sources serve the range, reads the events, and publishes them oldest first.
/// </summary>
/// <remarks>
/// Events in <c>processed_events</c> are skipped unless the request says to reprocess. A run that publishes is
/// recorded in <c>replay_runs</c>, and each confirmed publish in <c>replay_published</c>, so that a run of the same
/// request after an interruption resumes it instead of publishing its events again.
/// </remarks>
internal sealed class ReplayRunner(
    ReplayReader reader,
    ReplayPublisher publisher,
    ReplayStore store,
    EventArchive archive,
    IOptions<ArchiveOptions> archiveOptions,
    IOptions<StripeOptions> stripeOptions,
    TimeProvider timeProvider,
    ILogger<ReplayRunner> logger,
    IChangePlanner? changePlanner = null)
{
    private const int ChunkSize = 100;

    /// <summary>Checks the range against the sources; returns the segments to read or why the range cannot be served.</summary>
    public async Task<ReplayRangePlan> PlanAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (oldest, _) = await archive.FindCreatedRangeAsync(cancellationToken);
        DateTimeOffset? archiveFrom = oldest;
        if (oldest is { } start && archiveOptions.Value.Retention is { } retention && now - retention > start)
        {
            archiveFrom = now - retention;
        }

        return ReplayRangePlanner.Plan(request, now, archiveFrom);
    }

    /// <summary>Runs the replay of the planned segments; cancellation stops it between two events.</summary>
    public async Task<ReplaySummary> RunAsync(ReplayRequest request, IReadOnlyList<ReplaySegment> segments, IReplayProgress progress, CancellationToken cancellationToken)
    {
        var summary = new ReplaySummary();
        List<ReplayEvent> events;
        try
        {
            events = await reader.ReadAsync(request, segments, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary.Interrupted = true;
            return summary;
        }

        summary.Read = events.Count;
        progress.Start(events.Count);

        if (request.DryRun)
        {
            await PlanChangesAsync(events, summary, progress, cancellationToken);
            progress.Finish(summary);
            return summary;
        }

        var run = await store.StartOrResumeRunAsync(request.ResumeKey(), Guid.NewGuid(), cancellationToken);
        if (run.Resumed)
        {
            Log.ReplayResumed(logger, run.RunId, run.PublishedEventIds.Count);
        }

        try
        {
            foreach (var chunk in events.Chunk(ChunkSize))
            {
                var processed = request.Reprocess ? [] : await store.FindProcessedAsync([.. chunk.Select(e => e.EventId)], cancellationToken);
                foreach (var replayEvent in chunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await ReplayOneAsync(replayEvent, request, run, processed, summary, cancellationToken);
                    progress.Report(summary);
                }
            }

            if (summary.Failed == 0)
            {
                await store.FinishRunAsync(run.RunId, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary.Interrupted = true;
        }

        progress.Finish(summary);
        return summary;
    }

    private async Task ReplayOneAsync(
        ReplayEvent replayEvent,
        ReplayRequest request,
        ReplayRun run,
        HashSet<string> processed,
        ReplaySummary summary,
        CancellationToken cancellationToken)
    {
        if (processed.Contains(replayEvent.EventId))
        {
            summary.SkippedAsProcessed++;
            return;
        }

        if (run.PublishedEventIds.Contains(replayEvent.EventId))
        {
            summary.SkippedAsPublished++;
            return;
        }

        var translation = StripeEventTranslator.Translate(replayEvent.RawJson);
        var ignoredBecause = IgnoredBecause(translation);
        if (ignoredBecause is not null)
        {
            Log.ReplayEventIgnored(logger, replayEvent.EventId, replayEvent.Type, ignoredBecause);
            summary.Ignored++;
            return;
        }

        try
        {
            await publisher.PublishAsync(translation, request.Reprocess ? run.RunId : null, cancellationToken);
        }
        catch (Exception exception) when (exception is MassTransitException or RabbitMQClientException or IOException or TimeoutException)
        {
            Log.ReplayPublishFailed(logger, exception, replayEvent.EventId, replayEvent.Type);
            summary.Failed++;
            return;
        }

        // The broker has the message: record it even when the operator is stopping the run.
        await store.RecordPublishedAsync(run.RunId, replayEvent.EventId, CancellationToken.None);
        summary.Published++;
    }

    private async Task PlanChangesAsync(List<ReplayEvent> events, ReplaySummary summary, IReplayProgress progress, CancellationToken cancellationToken)
    {
        var planner = changePlanner ?? throw new InvalidOperationException("A dry run needs the consumers' decision code, which is not registered.");
        var processed = await store.FindProcessedAsync([.. events.Select(e => e.EventId)], cancellationToken);

        foreach (var replayEvent in events)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                summary.Interrupted = true;
                return;
            }

            var translation = StripeEventTranslator.Translate(replayEvent.RawJson);
            var ignoredBecause = IgnoredBecause(translation);
            string change;
            if (ignoredBecause is not null)
            {
                summary.Ignored++;
                change = "ignored: " + ignoredBecause;
            }
            else
            {
                summary.Planned++;
                change = await planner.PlanAsync(translation, cancellationToken);
                if (processed.Contains(replayEvent.EventId))
                {
                    change += " (already processed; published only with --reprocess)";
                }
            }

            progress.WriteLine($"{replayEvent.Created.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} {replayEvent.EventId} {replayEvent.Type} {translation.CustomerId ?? "-"}: {change}");
            progress.Report(summary);
        }
    }

    /// <summary>Returns why the consumers would take no effect from the event, or null when it is to be published.</summary>
    private string? IgnoredBecause(StripeEventTranslation translation)
    {
        switch (translation.Outcome)
        {
            case TranslationOutcome.Unhandled:
                return $"type {translation.Event!.Type} is not handled";
            case TranslationOutcome.Invalid:
                return "the event cannot be read: " + translation.Error;
        }

        return ForeignReason(translation.Event!, stripeOptions.Value);
    }

    private static string? ForeignReason(StripeEventInfo stripeEvent, StripeOptions options)
    {
        if (stripeEvent.Livemode != options.IsLiveMode)
        {
            return stripeEvent.Livemode ? "it is a live-mode event and the API key is a test key" : "it is a test-mode event and the API key is a live key";
        }

        var ourAccount = string.IsNullOrEmpty(options.Account) ? null : options.Account;
        return string.Equals(stripeEvent.Account, ourAccount, StringComparison.Ordinal)
            ? null
            : $"it belongs to account {stripeEvent.Account ?? "(platform)"}, not {ourAccount ?? "the platform's own"}";
    }
}
