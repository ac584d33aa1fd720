using System.Security.Cryptography;
using System.Text;
using Cargoman.Poller.Translation;
using MassTransit;

namespace Cargoman.Poller.Polling;

/// <summary>
/// Publishes translated Stripe events and waits for the broker's confirms.
/// </summary>
internal sealed class EventPublisher(IPublishEndpoint publishEndpoint)
{
    /// <summary>The message header that carries the Stripe event id.</summary>
    public const string StripeEventIdHeader = "Stripe-Event-Id";

    /// <summary>
    /// Publishes one message and completes when the broker confirmed it.
    /// </summary>
    public Task PublishAsync(StripeEventTranslation translation, CancellationToken cancellationToken)
    {
        var message = translation.Message ?? throw new ArgumentException("Only translated events can be published.", nameof(translation));
        var eventId = translation.Event!.EventId;

        return publishEndpoint.Publish(message, message.GetType(), context =>
        {
            // The same Stripe event always gets the same message id, whichever path published it.
            context.MessageId = MessageIdFor(eventId);
            context.Headers.Set(StripeEventIdHeader, eventId);
        }, cancellationToken);
    }

    /// <summary>
    /// Derives a stable message id from a Stripe event id.
    /// </summary>
    public static Guid MessageIdFor(string eventId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(eventId));
        return new Guid(hash.AsSpan(0, 16));
    }
}
