using Cargoman.Poller.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Deletes old ids from <c>published_events</c> once a day when only the webhook runs, because the poll cycle, which
/// otherwise prunes them, does not run then.
/// </summary>
internal sealed class PublishedIdsPruner(
    PollerStore store,
    IOptions<WebhookOptions> webhookOptions,
    IOptions<PollerOptions> pollerOptions,
    TimeProvider timeProvider,
    ILogger<PublishedIdsPruner> logger) : BackgroundService
{
    private static readonly TimeSpan s_interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!webhookOptions.Value.Enabled || pollerOptions.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(s_interval, timeProvider);
        do
        {
            try
            {
                // Stripe keeps events for 30 days and retries a delivery for at most 3, so older ids cannot come back.
                var pruned = await store.PrunePublishedAsync(timeProvider.GetUtcNow() - StartPoint.StripeRetention - TimeSpan.FromDays(1), stoppingToken);
                if (pruned > 0)
                {
                    Log.PublishedIdsPruned(logger, pruned);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
            {
                Log.PublishedIdsPruneFailed(logger, exception, s_interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
