namespace CargomanStandIn.Pipeline;

/// <summary>
/// Outcome of counting one request against its token's window.
/// </summary>
/// <param name="ResetUnixSeconds">End of the current window, in Unix seconds rounded up.</param>
/// <param name="RetryAfterSeconds">Whole seconds until the window ends, at least 1.</param>
internal sealed record RateLimitDecision(bool Allowed, int Limit, int Remaining, long ResetUnixSeconds, int RetryAfterSeconds);
