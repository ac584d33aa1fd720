using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace Cargoman.Poller.Polling;

/// <summary>
/// Runs <see cref="PollCycle"/> until the host stops: at once again while a backlog remains, otherwise after <see cref="PollerOptions.Interval"/>.
/// Does nothing when <see cref="PollerOptions.Enabled"/> is false.
/// </summary>
/// <remarks>
/// A failed poll is logged and retried after a backoff that doubles up to <see cref="PollerOptions.MaxBackoff"/>.
/// Nothing is lost by a failure because the position moves only after the broker confirmed every publish before it.
/// </remarks>
internal sealed class EventPoller(
    PollCycle cycle,
    IOptions<PollerOptions> options,
    TimeProvider timeProvider,
    ILogger<EventPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            Log.PollerDisabled(logger);
            return;
        }

        Log.PollerStarted(logger, cycle.PositionName, settings.Interval);
        var failures = 0;

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                var result = await cycle.RunOnceAsync(stoppingToken);
                failures = 0;
                delay = result.MoreAvailable ? TimeSpan.Zero : settings.Interval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (StripeException exception) when ((int)exception.HttpStatusCode == 429)
            {
                failures++;
                delay = Backoff(settings, failures);
                Log.StripeRateLimited(logger, delay);
            }
            catch (Exception exception)
            {
                failures++;
                delay = Backoff(settings, failures);
                Log.PollFailed(logger, exception, failures, delay);
            }

            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        Log.PollerStopped(logger);
    }

    private static TimeSpan Backoff(PollerOptions settings, int failures)
    {
        var seconds = Math.Min(settings.MaxBackoff.TotalSeconds, settings.Interval.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 16)));
        return TimeSpan.FromSeconds(Math.Max(1, seconds));
    }
}
