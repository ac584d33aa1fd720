using Cargoman.Contracts;

namespace Cargoman.Poller.Translation;

/// <summary>
/// The result of translating one Stripe event.
/// </summary>
/// <param name="Message">The message to publish; set only when <paramref name="Outcome"/> is Translated.</param>
/// <param name="Event">The event's envelope fields; null when the JSON is not a readable event.</param>
/// <param name="CustomerId">The Stripe customer the event is about; set when Translated.</param>
/// <param name="Error">Why the event is invalid; set only when Invalid.</param>
internal sealed record StripeEventTranslation(
    TranslationOutcome Outcome,
    object? Message,
    StripeEventInfo? Event,
    string? CustomerId,
    string? Error)
{
    public static StripeEventTranslation Translated(object message, StripeEventInfo stripeEvent, string customerId) =>
        new(TranslationOutcome.Translated, message, stripeEvent, customerId, null);

    public static StripeEventTranslation Unhandled(StripeEventInfo stripeEvent) =>
        new(TranslationOutcome.Unhandled, null, stripeEvent, null, null);

    public static StripeEventTranslation Invalid(string error, StripeEventInfo? stripeEvent = null) =>
        new(TranslationOutcome.Invalid, null, stripeEvent, null, error);
}
