using System.Net.Http.Headers;
using System.Text;
using StripeStandIn.State;

namespace StripeStandIn.Webhooks;

/// <summary>
/// Posts every scenario event to the webhook URL when it is released, signed like Stripe, and retries a delivery
/// that gets no 2xx response with growing delays for <see cref="RetryPeriod"/>.
/// </summary>
/// <remarks>
/// Each event is delivered on its own, so a failing event does not hold back the others, and events released
/// together can arrive in any order, as with Stripe. Stripe retries for up to three days; a stand-in run is short,
/// so it gives up after a few minutes.
/// </remarks>
internal sealed class WebhookSender(
    WebhookTarget target,
    EventStore events,
    ScenarioClock clock,
    TimeProvider timeProvider,
    WebhookDeliveryLog deliveries,
    ILogger<WebhookSender> logger) : BackgroundService
{
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_firstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_attemptTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http = new() { Timeout = s_attemptTimeout };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            foreach (var stored in events.InReleaseOrder())
            {
                var wait = stored.ReleasedAt - clock.Now;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, stoppingToken);
                }

                running.Add(DeliverAsync(stored, stoppingToken));
            }

            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The stand-in is stopping; pending deliveries end with it.
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private async Task DeliverAsync(StoredEvent stored, CancellationToken stoppingToken)
    {
        var body = Encoding.UTF8.GetBytes(stored.Json);
        var giveUpAt = clock.Now + RetryPeriod;
        var delay = s_firstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var status = await PostAsync(body, stoppingToken);
            if (status is >= 200 and < 300)
            {
                deliveries.RecordDelivered();
                logger.WebhookDelivered(stored.Id, attempt, status.Value);
                return;
            }

            deliveries.RecordFailedAttempt();
            if (clock.Now + delay > giveUpAt)
            {
                deliveries.RecordAbandoned();
                logger.WebhookAbandoned(stored.Id, attempt, RetryPeriod);
                return;
            }

            logger.WebhookRetrying(stored.Id, attempt, status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response", delay);
            await Task.Delay(delay, timeProvider, stoppingToken);
            delay = delay * 2 > s_maxRetryDelay ? s_maxRetryDelay : delay * 2;
        }
    }

    /// <summary>Posts one signed attempt and returns the status code, or null when the endpoint did not respond.</summary>
    private async Task<int?> PostAsync(byte[] body, CancellationToken stoppingToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        // Each attempt is signed anew, with the time it is sent, as Stripe does.
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.CreateHeader(body, target.Secret, clock.Now));
        try
        {
            using var response = await _http.SendAsync(request, stoppingToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // HttpClient's timeout.
            return null;
        }
    }
}
