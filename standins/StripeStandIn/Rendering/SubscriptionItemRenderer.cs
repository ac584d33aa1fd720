using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Expands the scenario's <c>items: [{price, quantity}]</c> shorthand into a subscription's <c>items</c> list
/// of full subscription_item objects. Other fields of an entry (<c>id</c>, <c>metadata</c>) replace the item's.
/// </summary>
internal sealed class SubscriptionItemRenderer(FixtureTemplates templates, PriceRenderer prices)
{
    private static readonly HashSet<string> Shorthands = ["price"];

    /// <param name="itemsField">The scenario's <c>items</c> array, or null for one item of the fixture price.</param>
    /// <param name="legacyShapes">True to leave the current period off the items, as API versions before 2025-03-31.basil do.</param>
    public JsonObject RenderList(
        string subscriptionId,
        JsonNode? itemsField,
        SubscriptionPeriod period,
        long created,
        bool livemode,
        bool legacyShapes)
    {
        var entries = itemsField switch
        {
            null => [new JsonObject { ["price"] = templates.CreatePrice()["id"]!.DeepClone() }],
            JsonArray array => array,
            _ => throw new ScenarioException($"object.items must be an array of {{price, quantity}}, found {itemsField.ToJsonString()}."),
        };

        var data = new JsonArray();
        var priceOccurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not JsonObject fields)
            {
                throw new ScenarioException($"Each entry of object.items must be an object such as {{\"price\": \"price_basic\", \"quantity\": 1}}, found {entry?.ToJsonString() ?? "null"}.");
            }

            var price = prices.Render(fields["price"], livemode);
            var priceId = (string)price["id"]!;
            var occurrence = priceOccurrences[priceId] = priceOccurrences.GetValueOrDefault(priceId) + 1;

            // The id depends on subscription and price, not on position, so that it stays the same across versions.
            var derivedId = StripeIds.Derive("si_", $"{subscriptionId}:{priceId}:{occurrence}", 14);

            var item = templates.CreateSubscriptionItem();
            item["id"] = derivedId;
            item["created"] = created;
            item["billing_thresholds"] = null;
            item["discounts"] = new JsonArray();
            item["metadata"] = new JsonObject();
            item["tax_rates"] = new JsonArray();
            item["price"] = price;
            item["plan"] = prices.RenderPlan(price);
            item["quantity"] = JsonObjects.GetLong(fields, "quantity") ?? 1;
            item["subscription"] = subscriptionId;
            SetPeriod(item, period, legacyShapes);

            JsonObjects.ApplyOverrides(item, fields, Shorthands);
            data.Add(item);
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["has_more"] = false,
            ["total_count"] = data.Count,
            ["url"] = $"/v1/subscription_items?subscription={subscriptionId}",
        };
    }

    private static void SetPeriod(JsonObject item, SubscriptionPeriod period, bool legacyShapes)
    {
        if (legacyShapes)
        {
            item.Remove("current_period_start");
            item.Remove("current_period_end");
            return;
        }

        item["current_period_start"] = period.Start;
        item["current_period_end"] = period.End;
    }
}
