using Cargoman.Contracts;
using Cargoman.Infrastructure.Stripe;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Applies each Stripe event's effect on Cargoman exactly once.
/// </summary>
/// <remarks>
/// In one PostgreSQL transaction: an advisory lock on the Stripe customer, so that two messages
/// of one customer never run together, even across processes; an insert-first claim of the event
/// id; the reconciliation; the commit. A failure rolls the claim back, so the retry is not taken for
/// a duplicate. A second delivery of a processed event finds the claim and changes nothing.
/// </remarks>
internal sealed class EventProcessor(
    NpgsqlDataSource dataSource,
    CustomerReconciler reconciler,
    DeliveryCounters counters,
    IOptions<StripeOptions> stripeOptions,
    ILogger<EventProcessor> logger)
{
    /// <summary>
    /// Processes one event. <paramref name="ignoredBecause"/>, when set, records the event as seen without touching Cargoman.
    /// </summary>
    /// <param name="publishedAt">When the message was published; Stripe reads that started later are reused.</param>
    /// <param name="reprocessRun">The replay run that publishes the event again, from the message's Cargoman-Replay-Run header; null otherwise.</param>
    public async Task ProcessAsync(StripeEventInfo stripeEvent, string customerId, DateTimeOffset publishedAt, string? ignoredBecause, Guid? reprocessRun, CancellationToken cancellationToken)
    {
        var foreign = ForeignReason(stripeEvent);
        if (foreign is not null)
        {
            Log.EventFromOtherAccount(logger, stripeEvent.EventId, stripeEvent.Type, foreign);
            await counters.IncrementAsync(DeliveryCounters.OtherAccount, null, null, cancellationToken);
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))",
            new { key = "stripe-customer:" + customerId },
            transaction,
            cancellationToken: cancellationToken));

        // A reprocessing run claims the pair of event and run, so the event's first row stays and the run applies it once.
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            reprocessRun is null
                ? """
                  INSERT INTO processed_events (event_id, event_type, customer_id, outcome)
                  VALUES (@EventId, @Type, @customerId, 'processing')
                  ON CONFLICT (event_id) DO NOTHING
                  """
                : """
                  INSERT INTO reprocessed_events (event_id, run_id, event_type, customer_id, outcome)
                  VALUES (@EventId, @reprocessRun, @Type, @customerId, 'processing')
                  ON CONFLICT (event_id, run_id) DO NOTHING
                  """,
            new { stripeEvent.EventId, stripeEvent.Type, customerId, reprocessRun },
            transaction,
            cancellationToken: cancellationToken));

        if (claimed == 0)
        {
            Log.EventDuplicate(logger, stripeEvent.EventId, stripeEvent.Type, customerId);
            await counters.IncrementAsync(DeliveryCounters.Duplicate, connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        string outcome;
        if (ignoredBecause is not null)
        {
            outcome = "ignored: " + ignoredBecause;
            Log.EventIgnored(logger, stripeEvent.EventId, stripeEvent.Type, customerId, ignoredBecause);
            await counters.IncrementAsync(DeliveryCounters.Ignored, connection, transaction, cancellationToken);
        }
        else
        {
            outcome = await reconciler.ReconcileAsync(customerId, publishedAt, cancellationToken);
            Log.EventProcessed(logger, stripeEvent.EventId, stripeEvent.Type, customerId, outcome);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            reprocessRun is null
                ? "UPDATE processed_events SET outcome = @outcome, processed_at = now() WHERE event_id = @EventId"
                : "UPDATE reprocessed_events SET outcome = @outcome, processed_at = now() WHERE event_id = @EventId AND run_id = @reprocessRun",
            new { outcome, stripeEvent.EventId, reprocessRun },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Returns why an event belongs to another mode or Connect account than the configured key's, or null when it is ours.
    /// </summary>
    private string? ForeignReason(StripeEventInfo stripeEvent)
    {
        var options = stripeOptions.Value;
        if (stripeEvent.Livemode != options.IsLiveMode)
        {
            return stripeEvent.Livemode ? "it is a live-mode event and the API key is a test key" : "it is a test-mode event and the API key is a live key";
        }

        var ourAccount = string.IsNullOrEmpty(options.Account) ? null : options.Account;
        if (!string.Equals(stripeEvent.Account, ourAccount, StringComparison.Ordinal))
        {
            return $"it belongs to account {stripeEvent.Account ?? "(platform)"}, not {ourAccount ?? "the platform's own"}";
        }

        return null;
    }
}
