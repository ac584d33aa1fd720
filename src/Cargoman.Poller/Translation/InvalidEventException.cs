using Cargoman.Contracts;

namespace Cargoman.Poller.Translation;

/// <summary>
/// Thrown while reading an event whose JSON lacks a field or has one of the wrong type.
/// </summary>
internal sealed class InvalidEventException(string message, StripeEventInfo? stripeEvent = null) : Exception(message)
{
    /// <summary>The envelope fields, when they could be read before the error.</summary>
    public StripeEventInfo? Event { get; } = stripeEvent;
}
