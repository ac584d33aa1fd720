using System.Text.Json;
using Cargoman.Contracts;

namespace Cargoman.Poller.Translation;

/// <summary>
/// Turns the raw JSON of a Stripe event into the message that Cargoman.Sync publishes for it.
/// </summary>
/// <remarks>
/// The JSON is read directly instead of through Stripe.net's models because each event keeps the
/// shape of the API version it was created in, and the models follow only the newest one. Both
/// shapes are read: since 2025-03-31.basil an invoice names its subscription under
/// <c>parent.subscription_details</c> and a subscription's period end sits on each item; before,
/// both were top-level fields.
/// </remarks>
internal static class StripeEventTranslator
{
    public static StripeEventTranslation Translate(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return StripeEventTranslation.Invalid($"the body is not valid JSON ({exception.Message})");
        }

        using (document)
        {
            return Translate(document.RootElement);
        }
    }

    /// <summary>
    /// Translates an event that the caller has already parsed. The result holds no reference to <paramref name="root"/>,
    /// so its document may be disposed afterwards.
    /// </summary>
    public static StripeEventTranslation Translate(JsonElement root)
    {
        try
        {
            return TranslateEvent(root);
        }
        catch (InvalidEventException exception)
        {
            return StripeEventTranslation.Invalid(exception.Message, exception.Event);
        }
    }

    private static StripeEventTranslation TranslateEvent(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidEventException("the JSON is not an object");
        }

        var stripeEvent = ReadEnvelope(root);
        var data = StripeJson.RequireObject(root, "data", stripeEvent);
        var dataObject = StripeJson.RequireObject(data, "object", stripeEvent);

        return stripeEvent.Type switch
        {
            StripeEventTypes.SubscriptionCreated => TranslateSubscription(stripeEvent, dataObject, (e, c, s) => new SubscriptionCreated(e, c, s)),
            StripeEventTypes.SubscriptionUpdated => TranslateSubscription(stripeEvent, dataObject, (e, c, s) => new SubscriptionUpdated(e, c, s)),
            StripeEventTypes.SubscriptionDeleted => TranslateSubscription(stripeEvent, dataObject, (e, c, s) => new SubscriptionDeleted(e, c, s)),
            StripeEventTypes.InvoicePaid => TranslateInvoice(stripeEvent, dataObject, (e, c, i) => new InvoicePaid(e, c, i)),
            StripeEventTypes.InvoicePaymentFailed => TranslateInvoice(stripeEvent, dataObject, (e, c, i) => new InvoicePaymentFailed(e, c, i)),
            _ => StripeEventTranslation.Unhandled(stripeEvent),
        };
    }

    private static StripeEventInfo ReadEnvelope(JsonElement root)
    {
        var objectType = StripeJson.OptionalString(root, "object", null);
        if (objectType is not null && objectType != "event")
        {
            throw new InvalidEventException($"the JSON is a Stripe '{objectType}', not an event");
        }

        var id = StripeJson.RequireString(root, "id", null);
        if (!id.StartsWith("evt_", StringComparison.Ordinal))
        {
            throw new InvalidEventException($"the event id '{id}' does not start with evt_");
        }

        return new StripeEventInfo(
            EventId: id,
            Type: StripeJson.RequireString(root, "type", null),
            Created: StripeJson.RequireTimestamp(root, "created", null),
            Livemode: StripeJson.OptionalBoolean(root, "livemode") ?? false,
            Account: StripeJson.OptionalString(root, "account", null),
            ApiVersion: StripeJson.OptionalString(root, "api_version", null));
    }

    private static StripeEventTranslation TranslateSubscription(
        StripeEventInfo stripeEvent,
        JsonElement subscription,
        Func<StripeEventInfo, string, SubscriptionInfo, object> createMessage)
    {
        var customerId = StripeJson.RequireId(subscription, "customer", stripeEvent);
        var items = ReadItems(subscription, stripeEvent);

        // API versions before 2025-03-31 have the period at the top level; newer ones on each item.
        var currentPeriodEnd = StripeJson.OptionalTimestamp(subscription, "current_period_end")
            ?? items.Select(item => item.CurrentPeriodEnd).Max();

        string? pauseBehavior = null;
        if (subscription.TryGetProperty("pause_collection", out var pause) && pause.ValueKind == JsonValueKind.Object)
        {
            pauseBehavior = StripeJson.OptionalString(pause, "behavior", stripeEvent) ?? "paused";
        }

        var info = new SubscriptionInfo(
            SubscriptionId: StripeJson.RequireString(subscription, "id", stripeEvent),
            Status: StripeJson.RequireString(subscription, "status", stripeEvent),
            Items: items,
            CancelAtPeriodEnd: StripeJson.OptionalBoolean(subscription, "cancel_at_period_end") ?? false,
            CurrentPeriodEnd: currentPeriodEnd,
            PauseCollectionBehavior: pauseBehavior,
            TrialEnd: StripeJson.OptionalTimestamp(subscription, "trial_end"));

        return StripeEventTranslation.Translated(createMessage(stripeEvent, customerId, info), stripeEvent, customerId);
    }

    private static List<SubscriptionItemInfo> ReadItems(JsonElement subscription, StripeEventInfo stripeEvent)
    {
        var items = StripeJson.RequireObject(subscription, "items", stripeEvent);
        if (!items.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidEventException("the subscription's items have no data array", stripeEvent);
        }

        var result = new List<SubscriptionItemInfo>();
        foreach (var item in data.EnumerateArray())
        {
            // Items of old API versions may name only a plan; its id is the price id.
            var priceId = item.TryGetProperty("price", out var price) && price.ValueKind != JsonValueKind.Null
                ? StripeJson.RequireId(item, "price", stripeEvent)
                : StripeJson.RequireId(item, "plan", stripeEvent);

            var quantity = item.TryGetProperty("quantity", out var quantityElement) && quantityElement.ValueKind == JsonValueKind.Number
                ? quantityElement.GetInt64()
                : 1;

            result.Add(new SubscriptionItemInfo(priceId, quantity, StripeJson.OptionalTimestamp(item, "current_period_end")));
        }

        return result;
    }

    private static StripeEventTranslation TranslateInvoice(
        StripeEventInfo stripeEvent,
        JsonElement invoice,
        Func<StripeEventInfo, string, InvoiceInfo, object> createMessage)
    {
        var customerId = StripeJson.RequireId(invoice, "customer", stripeEvent);

        var info = new InvoiceInfo(
            InvoiceId: StripeJson.RequireString(invoice, "id", stripeEvent),
            SubscriptionId: ReadInvoiceSubscription(invoice, stripeEvent),
            BillingReason: StripeJson.OptionalString(invoice, "billing_reason", stripeEvent),
            Status: StripeJson.OptionalString(invoice, "status", stripeEvent));

        return StripeEventTranslation.Translated(createMessage(stripeEvent, customerId, info), stripeEvent, customerId);
    }

    private static string? ReadInvoiceSubscription(JsonElement invoice, StripeEventInfo stripeEvent)
    {
        if (invoice.TryGetProperty("parent", out var parent)
            && parent.ValueKind == JsonValueKind.Object
            && parent.TryGetProperty("subscription_details", out var details)
            && details.ValueKind == JsonValueKind.Object
            && StripeJson.OptionalId(details, "subscription", stripeEvent) is { } subscriptionId)
        {
            return subscriptionId;
        }

        return StripeJson.OptionalId(invoice, "subscription", stripeEvent);
    }
}
