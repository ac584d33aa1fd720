namespace Cargoman.Poller.Translation;

internal enum TranslationOutcome
{
    /// <summary>The event was turned into a message.</summary>
    Translated,

    /// <summary>The event is well formed but of a type that Cargoman.Sync does not handle.</summary>
    Unhandled,

    /// <summary>The JSON is not a Stripe event, or lacks a field that the message needs.</summary>
    Invalid,
}
