namespace StripeStandIn.State;

/// <summary>
/// Scenario time: time zero is process start plus the start delay, and every event's <c>at</c> counts from it.
/// </summary>
internal sealed class ScenarioClock
{
    private readonly TimeProvider _timeProvider;

    public ScenarioClock(TimeProvider timeProvider, TimeSpan startDelay)
    {
        _timeProvider = timeProvider;
        StartedAt = timeProvider.GetUtcNow();
        Zero = StartedAt + startDelay;
    }

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset Zero { get; }

    public DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>Returns the instant <paramref name="secondsAfterZero"/> seconds after time zero (negative for before).</summary>
    public DateTimeOffset At(double secondsAfterZero) =>
        Zero + TimeSpan.FromTicks((long)Math.Round(secondsAfterZero * TimeSpan.TicksPerSecond));

    /// <summary>
    /// Returns the Unix seconds, rounded down, of the instant <paramref name="secondsAfterZero"/> seconds after
    /// time zero: the <c>created</c> value of an event at that <c>at</c>.
    /// </summary>
    public long UnixSecondsAt(double secondsAfterZero) =>
        (long)Math.Floor(At(secondsAfterZero).ToUnixTimeMilliseconds() / 1000.0);
}
