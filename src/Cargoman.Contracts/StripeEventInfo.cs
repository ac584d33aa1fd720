namespace Cargoman.Contracts;

/// <summary>
/// The envelope fields of the Stripe event that a message was translated from.
/// </summary>
/// <param name="EventId">Stripe's event id (<c>evt_...</c>), unique per event.</param>
/// <param name="Type">Stripe's event type, such as <c>invoice.paid</c>.</param>
/// <param name="Created">When Stripe created the event, to the second.</param>
/// <param name="Livemode">Whether the event comes from live mode rather than test mode.</param>
/// <param name="Account">The connected account (<c>acct_...</c>) for Connect events; null for the platform's own.</param>
/// <param name="ApiVersion">The Stripe API version the event was rendered in; null when Stripe sent none.</param>
public sealed record StripeEventInfo(
    string EventId,
    string Type,
    DateTimeOffset Created,
    bool Livemode,
    string? Account,
    string? ApiVersion);
