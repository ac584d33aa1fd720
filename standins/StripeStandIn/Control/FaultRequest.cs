namespace StripeStandIn.Control;

/// <summary>
/// Body of <c>POST /_standin/faults</c>: <c>{"status": 429, "count": 3, "shouldRetry": true, "path": "/v1/events"}</c>.
/// </summary>
/// <param name="Status">HTTP status to return, 400 to 599.</param>
/// <param name="Count">Number of <c>/v1</c> requests to fail, or 0 to clear the pending fault.</param>
/// <param name="ShouldRetry">Value of the <c>Stripe-Should-Retry</c> header, as described at <see cref="InjectedFault"/>.</param>
/// <param name="Path">Path prefix of the requests to fail. The default, <c>/v1</c>, fails every API request.</param>
internal sealed record FaultRequest(int Status, int Count, bool? ShouldRetry = null, string? Path = null);
