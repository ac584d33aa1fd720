namespace CargomanStandIn.Pipeline;

/// <summary>
/// Fixed-window request counter per token: a window opens with a token's first request and lasts
/// <see cref="Window"/>. Rejected requests do not count.
/// </summary>
internal sealed class RateLimiter(StandInOptions options, TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    // Above this many tracked tokens, each new token first drops the windows that have ended.
    private const int PruneThreshold = 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts a request for <paramref name="key"/>. Returns null when rate limiting is disabled.
    /// </summary>
    public RateLimitDecision? TryAcquire(string key)
    {
        var limit = options.RateLimit;
        if (limit == 0)
        {
            return null;
        }

        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            if (!_windows.TryGetValue(key, out var window) || now >= window.Start + Window)
            {
                if (_windows.Count >= PruneThreshold)
                {
                    PruneEndedWindows(now);
                }

                window = (now, 0);
            }

            var allowed = window.Count < limit;
            if (allowed)
            {
                window.Count++;
            }

            _windows[key] = window;
            var reset = window.Start + Window;
            var secondsLeft = (int)Math.Ceiling((reset - now).TotalSeconds);
            return new RateLimitDecision(
                allowed,
                limit,
                limit - window.Count,
                (long)Math.Ceiling(reset.ToUnixTimeMilliseconds() / 1000.0),
                Math.Max(1, secondsLeft));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _windows.Clear();
        }
    }

    private void PruneEndedWindows(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows.ToList())
        {
            if (now >= window.Start + Window)
            {
                _windows.Remove(key);
            }
        }
    }
}
