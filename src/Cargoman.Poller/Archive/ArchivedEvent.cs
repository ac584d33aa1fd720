namespace Cargoman.Poller.Archive;

/// <summary>
/// One Stripe event as the archive stores it.
/// </summary>
/// <param name="CustomerId">The Stripe customer (<c>cus_...</c>) the event is about; null for events that name none or could not be read.</param>
/// <param name="ReceivedBy">How the event first arrived: one of the <see cref="EventArrival"/> values.</param>
/// <param name="RawJson">The event's JSON exactly as Stripe sent it.</param>
internal sealed record ArchivedEvent(
    string EventId,
    string Type,
    DateTimeOffset Created,
    string? CustomerId,
    string ReceivedBy,
    string RawJson);
