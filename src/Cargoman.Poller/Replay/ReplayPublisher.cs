using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Polling;
using Cargoman.Poller.Translation;
using MassTransit;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Publishes a replayed event through the same contracts as the poller, and waits for the broker's confirm.
/// </summary>
internal sealed class ReplayPublisher(IBus bus)
{
    /// <param name="reprocessRunId">The run id for <see cref="ReplayHeaders.ReprocessRun"/>; null when the consumers' usual claim applies.</param>
    public Task PublishAsync(StripeEventTranslation translation, Guid? reprocessRunId, CancellationToken cancellationToken)
    {
        var message = translation.Message ?? throw new ArgumentException("Only translated events can be published.", nameof(translation));
        var eventId = translation.Event!.EventId;

        return bus.Publish(message, message.GetType(), context =>
        {
            context.Headers.Set(EventPublisher.StripeEventIdHeader, eventId);
            if (reprocessRunId is { } runId)
            {
                // A distinct message id per run keeps a reprocessing message apart from the event's first delivery.
                context.MessageId = EventPublisher.MessageIdFor($"{eventId}/{runId:N}");
                context.Headers.Set(ReplayHeaders.ReprocessRun, runId.ToString("N"));
            }
            else
            {
                context.MessageId = EventPublisher.MessageIdFor(eventId);
            }
        }, cancellationToken);
    }
}
