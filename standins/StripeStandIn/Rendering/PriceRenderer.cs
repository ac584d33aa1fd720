using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders the prices of subscription items from the fixture price (20.00 USD a month), and the legacy
/// <c>plan</c> that Stripe still sends beside each item's price.
/// </summary>
internal sealed class PriceRenderer(FixtureTemplates templates)
{
    private static readonly HashSet<string> NoShorthands = [];

    /// <param name="priceField">A price id, or an object with an <c>id</c> and price fields to override.</param>
    public JsonObject Render(JsonNode? priceField, bool livemode)
    {
        var overrides = priceField as JsonObject;
        var priceId = priceField?.GetValueKind() == JsonValueKind.String
            ? priceField.GetValue<string>()
            : overrides is null ? null : JsonObjects.GetString(overrides, "id");
        if (string.IsNullOrEmpty(priceId))
        {
            throw new ScenarioException(
                $"Each subscription item needs a \"price\": a price id or an object with an \"id\", found {priceField?.ToJsonString() ?? "nothing"}.");
        }

        var price = templates.CreatePrice();
        price["id"] = priceId;
        price["product"] = StripeIds.Derive("prod_", priceId, 14);
        price["livemode"] = livemode;
        price["metadata"] = new JsonObject();
        price["transform_quantity"] = null;

        if (overrides is not null)
        {
            JsonObjects.ApplyOverrides(price, overrides, NoShorthands);
            var unitAmount = JsonObjects.GetLong(overrides, "unit_amount");
            if (unitAmount is not null && !overrides.ContainsKey("unit_amount_decimal"))
            {
                price["unit_amount_decimal"] = unitAmount.Value.ToString(CultureInfo.InvariantCulture);
            }
        }

        return price;
    }

    /// <summary>Renders the legacy plan object that mirrors <paramref name="price"/>.</summary>
    public JsonObject RenderPlan(JsonObject price)
    {
        var plan = templates.CreatePlan();
        var recurring = price["recurring"] as JsonObject;

        plan["id"] = price["id"]?.DeepClone();
        plan["active"] = price["active"]?.DeepClone();
        plan["amount"] = price["unit_amount"]?.DeepClone();
        plan["amount_decimal"] = price["unit_amount_decimal"]?.DeepClone();
        plan["billing_scheme"] = price["billing_scheme"]?.DeepClone();
        plan["created"] = price["created"]?.DeepClone();
        plan["currency"] = price["currency"]?.DeepClone();
        plan["interval"] = recurring?["interval"]?.DeepClone();
        plan["interval_count"] = recurring?["interval_count"]?.DeepClone();
        plan["livemode"] = price["livemode"]?.DeepClone();
        plan["metadata"] = new JsonObject();
        plan["nickname"] = price["nickname"]?.DeepClone();
        plan["product"] = price["product"]?.DeepClone();
        plan["tiers_mode"] = null;
        plan["transform_usage"] = null;
        plan["trial_period_days"] = null;
        plan["usage_type"] = recurring?["usage_type"]?.DeepClone();
        return plan;
    }
}
