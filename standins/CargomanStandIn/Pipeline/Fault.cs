namespace CargomanStandIn.Pipeline;

/// <summary>
/// An injected failure: the next <see cref="RemainingCount"/> /api requests, or every /api request until
/// <see cref="Until"/>, get <see cref="Status"/>. Exactly one of the two limits is set.
/// </summary>
/// <param name="RetryAfterSeconds">Value of the Retry-After header on failed responses, or null for none.</param>
internal sealed record Fault(int Status, int? RemainingCount, DateTimeOffset? Until, int? RetryAfterSeconds);
