using System.Text.Json.Nodes;

namespace StripeStandIn.Rendering;

/// <summary>
/// Object fields that an event type implies, such as status <c>paid</c> for <c>invoice.paid</c>.
/// The scenario's own fields replace them.
/// </summary>
internal static class EventTypeDefaults
{
    /// <param name="previousFields">The object's merged fields before this event, or null for its first event.</param>
    public static JsonObject For(string eventType, JsonObject? previousFields)
    {
        var attemptCount = previousFields is null ? 0 : JsonObjects.GetLong(previousFields, "attempt_count") ?? 0;

        return eventType switch
        {
            "customer.subscription.deleted" => new JsonObject { ["status"] = "canceled" },
            "invoice.created" => new JsonObject { ["status"] = "draft" },
            "invoice.finalized" => new JsonObject { ["status"] = "open" },
            "invoice.paid" or "invoice.payment_succeeded" => new JsonObject
            {
                ["status"] = "paid",
                ["attempted"] = true,
                ["attempt_count"] = Math.Max(attemptCount, 1),
            },
            "invoice.payment_failed" => new JsonObject
            {
                ["status"] = "open",
                ["attempted"] = true,
                ["attempt_count"] = attemptCount + 1,
            },
            "invoice.voided" => new JsonObject { ["status"] = "void" },
            "invoice.marked_uncollectible" => new JsonObject { ["status"] = "uncollectible" },
            _ => [],
        };
    }
}
