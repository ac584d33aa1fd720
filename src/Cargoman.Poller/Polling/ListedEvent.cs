namespace Cargoman.Poller.Polling;

/// <summary>
/// One event as Stripe's event list returned it.
/// </summary>
/// <param name="Json">The event's raw JSON, in the API version it was created in.</param>
internal sealed record ListedEvent(string Id, string Type, DateTimeOffset Created, string Json);
