using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Logs the webhook delivery counts once a minute, when there were any: at Information level, or at Warning when
/// some deliveries were rejected or failed.
/// </summary>
internal sealed class WebhookMetricsReporter(
    WebhookMetrics metrics,
    IOptions<WebhookOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookMetricsReporter> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Report();
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping; the counts of the last partial minute are reported below.
        }

        Report();
    }

    private void Report()
    {
        var counts = metrics.TakeCounts();
        if (counts.Count == 0)
        {
            return;
        }

        var summary = string.Join(", ", counts.Select(pair => $"{pair.Key} {pair.Value}"));
        var troubled = counts.Keys.Any(key =>
            key.StartsWith("rejected", StringComparison.Ordinal) || key.StartsWith("failed", StringComparison.Ordinal));
        if (troubled)
        {
            Log.WebhookCountsWithProblems(logger, summary);
        }
        else
        {
            Log.WebhookCounts(logger, summary);
        }
    }
}
