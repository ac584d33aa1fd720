using System.Threading.RateLimiting;

namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// Delays requests so that no 60-second window carries more than the allowed number, instead of
/// letting a backlog run into Cargoman's 429 responses.
/// </summary>
/// <remarks>
/// It sits inside the retry handler, so every attempt is paced. One limiter is shared by every
/// client of the process; several consumer processes sharing one token each pace on their own.
/// </remarks>
internal sealed class RequestPacingHandler(RateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The Cargoman request pacer rejected a request; its queue has no room.");
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Creates a limiter that allows <paramref name="requestsPerMinute"/> requests in any window of
    /// 60 seconds aligned to its segments, queueing the rest in order.
    /// </summary>
    public static RateLimiter CreateLimiter(int requestsPerMinute)
    {
        return new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = requestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 12,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
