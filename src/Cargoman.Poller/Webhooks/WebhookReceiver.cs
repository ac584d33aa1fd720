using System.Text;
using System.Text.Json;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Polling;
using Cargoman.Poller.Translation;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Handles one webhook delivery: verifies its signature on the raw body, translates the event, and publishes it
/// unless <c>published_events</c> already has its id.
/// </summary>
/// <remarks>
/// The id is inserted into <c>published_events</c> before the publish, in a transaction committed only after the
/// broker's confirm, so that the poller, which skips the ids there, is left with nothing to publish again, and a
/// failed publish leaves no row behind.
/// </remarks>
internal sealed class WebhookReceiver(
    StripeSignatureVerifier verifier,
    EventPublisher publisher,
    PollerStore store,
    EventArchive archive,
    WebhookMetrics metrics,
    IOptions<WebhookOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookReceiver> logger)
{
    private readonly WebhookOptions _options = options.Value;

    public long MaxBodyBytes => _options.MaxBodyBytes;

    public async Task<WebhookResult> ReceiveAsync(ReadOnlyMemory<byte> body, string? signatureHeader, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(body, signatureHeader, cancellationToken);
        metrics.Record(result);
        return result;
    }

    /// <summary>Rejects a delivery whose body is larger than <see cref="WebhookOptions.MaxBodyBytes"/> with 413, without reading the rest of it.</summary>
    public WebhookResult RejectTooLarge()
    {
        var result = WebhookResult.Rejected("body_too_large", $"the body is larger than {_options.MaxBodyBytes} bytes", 413);
        Log.WebhookRejected(logger, result.Reason!);
        metrics.Record(result);
        return result;
    }

    private async Task<WebhookResult> HandleAsync(ReadOnlyMemory<byte> body, string? signatureHeader, CancellationToken cancellationToken)
    {
        var signature = verifier.Verify(body.Span, signatureHeader);
        if (signature != SignatureCheck.Valid)
        {
            var rejection = Reject(signature);
            Log.WebhookRejected(logger, rejection.Reason!);
            return rejection;
        }

        StripeEventTranslation translation;
        try
        {
            using var document = JsonDocument.Parse(body);
            translation = StripeEventTranslator.Translate(document.RootElement);
        }
        catch (JsonException)
        {
            Log.WebhookRejected(logger, "malformed_json");
            return WebhookResult.Rejected("malformed_json", "the body is not valid JSON");
        }

        switch (translation.Outcome)
        {
            case TranslationOutcome.Unhandled:
                Log.WebhookEventUnhandled(logger, translation.Event!.EventId, translation.Event.Type);
                return WebhookResult.Ignored;
            case TranslationOutcome.Invalid:
                // Signed by Stripe, so repeating it cannot help, but a 400 keeps it visible in Stripe's dashboard,
                // and Stripe's retries deliver it again once a fixed version of this service reads it.
                Log.WebhookEventInvalid(logger, translation.Event?.EventId ?? "(no id)", translation.Event?.Type ?? "(no type)", translation.Error!);
                return WebhookResult.Rejected("invalid_event", "the body is not a Stripe event that Cargoman.Sync can read");
        }

        return await PublishOnceAsync(translation, body, cancellationToken);
    }

    private async Task<WebhookResult> PublishOnceAsync(StripeEventTranslation translation, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var stripeEvent = translation.Event!;
        using var timeout = new CancellationTokenSource(_options.PublishTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        try
        {
            // Archived first, so that a failure responds 503 and Stripe's next delivery archives it again.
            var archived = new ArchivedEvent(
                stripeEvent.EventId, stripeEvent.Type, stripeEvent.Created, translation.CustomerId, EventArrival.Webhook, Encoding.UTF8.GetString(body.Span));
            await archive.StoreAsync([archived], linked.Token);

            await using var claim = await store.ClaimAsync(stripeEvent.EventId, stripeEvent.Type, stripeEvent.Created, linked.Token);
            if (claim is null)
            {
                Log.WebhookEventDuplicate(logger, stripeEvent.EventId, stripeEvent.Type);
                return WebhookResult.Duplicate;
            }

            await publisher.PublishAsync(translation, linked.Token);

            // The broker has the message: the row must stay even if the caller has gone away meanwhile.
            await claim.CommitAsync(CancellationToken.None);
            Log.WebhookEventPublished(logger, stripeEvent.EventId, stripeEvent.Type);
            return WebhookResult.Accepted;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.WebhookPublishTimedOut(logger, stripeEvent.EventId, _options.PublishTimeout);
            return WebhookResult.Failed("timeout", "the message broker or the database did not respond in time; deliver again later");
        }
        catch (Exception exception) when (exception is MassTransitException or RabbitMQClientException or IOException or TimeoutException)
        {
            Log.WebhookPublishFailed(logger, exception, stripeEvent.EventId);
            return WebhookResult.Failed("broker_unavailable", "the message broker is unavailable; deliver again later");
        }
        catch (NpgsqlException exception)
        {
            Log.WebhookPublishFailed(logger, exception, stripeEvent.EventId);
            return WebhookResult.Failed("database_unavailable", "the database is unavailable; deliver again later");
        }
    }

    private WebhookResult Reject(SignatureCheck check) => check switch
    {
        SignatureCheck.Missing => WebhookResult.Rejected("missing_signature", "the Stripe-Signature header is missing"),
        SignatureCheck.Malformed => WebhookResult.Rejected("malformed_signature", "the Stripe-Signature header has no timestamp t or no v1 signature"),
        SignatureCheck.NoMatch => WebhookResult.Rejected("signature_mismatch", "no v1 signature matches the body and a configured signing secret"),
        SignatureCheck.OutsideTolerance => WebhookResult.Rejected("timestamp_outside_tolerance", $"the signature's timestamp is more than {_options.Tolerance.TotalSeconds:0} s from this server's clock"),
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "A valid signature is no rejection."),
    };
}
