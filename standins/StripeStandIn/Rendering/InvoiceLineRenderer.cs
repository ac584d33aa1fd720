using System.Globalization;
using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders an invoice's <c>lines</c> list: one line per item of the invoice's subscription, or a single
/// invoice-item line for a one-off invoice or a subscription the scenario does not define.
/// </summary>
internal sealed class InvoiceLineRenderer(FixtureTemplates templates, PriceRenderer prices)
{
    /// <param name="subscription">The subscription as rendered at the invoice's event, or null.</param>
    /// <param name="oneOffAmount">Amount in cents of the single line used when <paramref name="subscription"/> is null.</param>
    public JsonObject RenderList(
        RenderInput invoice,
        string? subscriptionId,
        JsonObject? subscription,
        long oneOffAmount)
    {
        var data = new JsonArray();
        var items = subscription?["items"]?["data"] as JsonArray ?? [];
        foreach (var item in items.OfType<JsonObject>())
        {
            data.Add(RenderSubscriptionLine(invoice, subscriptionId!, subscription!, item, data.Count));
        }

        if (data.Count == 0)
        {
            data.Add(RenderInvoiceItemLine(invoice, subscriptionId, oneOffAmount));
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["has_more"] = false,
            ["total_count"] = data.Count,
            ["url"] = $"/v1/invoices/{invoice.ObjectId}/lines",
        };
    }

    private JsonObject RenderSubscriptionLine(
        RenderInput invoice, string subscriptionId, JsonObject subscription, JsonObject item, int index)
    {
        var price = (JsonObject)item["price"]!.DeepClone();
        var quantity = JsonObjects.GetLong(item, "quantity") ?? 1;
        var unitAmount = JsonObjects.GetLong(price, "unit_amount") ?? 0;
        var itemId = (string?)item["id"];

        // New API versions keep the period on the item, legacy ones on the subscription.
        var periodStart = JsonObjects.GetLong(item, "current_period_start")
            ?? JsonObjects.GetLong(subscription, "current_period_start") ?? invoice.ObjectCreated;
        var periodEnd = JsonObjects.GetLong(item, "current_period_end")
            ?? JsonObjects.GetLong(subscription, "current_period_end") ?? invoice.ObjectCreated;

        var line = CreateLine(invoice, index, unitAmount * quantity, (string?)price["currency"], periodStart, periodEnd);
        line["description"] = $"{quantity} × {(string?)price["product"]}";
        line["quantity"] = quantity;

        if (invoice.LegacyShapes)
        {
            SetLegacyFields(line, "subscription", subscriptionId, itemId, invoiceItemId: null, price, prices.RenderPlan(price));
            return line;
        }

        line["subscription"] = subscriptionId;
        line["parent"] = new JsonObject
        {
            ["invoice_item_details"] = null,
            ["subscription_item_details"] = new JsonObject
            {
                ["invoice_item"] = null,
                ["proration"] = false,
                ["proration_details"] = new JsonObject { ["credited_items"] = null },
                ["subscription"] = subscriptionId,
                ["subscription_item"] = itemId,
            },
            ["type"] = "subscription_item_details",
        };
        line["pricing"] = CreatePricing(price);
        return line;
    }

    private JsonObject RenderInvoiceItemLine(RenderInput invoice, string? subscriptionId, long amount)
    {
        var invoiceItemId = StripeIds.Derive("ii_", invoice.ObjectId);
        var line = CreateLine(invoice, 0, amount, "usd", invoice.ObjectCreated, invoice.ObjectCreated);
        line["quantity"] = 1;

        if (invoice.LegacyShapes)
        {
            SetLegacyFields(line, "invoiceitem", subscriptionId, subscriptionItemId: null, invoiceItemId, price: null, plan: null);
            return line;
        }

        line["subscription"] = subscriptionId;
        line["parent"] = new JsonObject
        {
            ["invoice_item_details"] = new JsonObject
            {
                ["invoice_item"] = invoiceItemId,
                ["proration"] = false,
                ["proration_details"] = new JsonObject { ["credited_items"] = null },
                ["subscription"] = subscriptionId,
            },
            ["subscription_item_details"] = null,
            ["type"] = "invoice_item_details",
        };
        line["pricing"] = new JsonObject
        {
            ["price_details"] = null,
            ["type"] = "price_details",
            ["unit_amount_decimal"] = amount.ToString(CultureInfo.InvariantCulture),
        };
        return line;
    }

    private JsonObject CreateLine(RenderInput invoice, int index, long amount, string? currency, long periodStart, long periodEnd)
    {
        var line = templates.CreateInvoiceLine();
        line["id"] = StripeIds.Derive("il_", $"{invoice.ObjectId}:{index}");
        line["amount"] = amount;
        line["currency"] = currency;
        line["discount_amounts"] = new JsonArray();
        line["discounts"] = new JsonArray();
        line["invoice"] = invoice.ObjectId;
        line["livemode"] = invoice.Livemode;
        line["metadata"] = new JsonObject();
        line["period"] = new JsonObject { ["end"] = periodEnd, ["start"] = periodStart };
        line["pretax_credit_amounts"] = new JsonArray();
        line["taxes"] = new JsonArray();
        return line;
    }

    private static JsonObject CreatePricing(JsonObject price) => new()
    {
        ["price_details"] = new JsonObject
        {
            ["price"] = price["id"]?.DeepClone(),
            ["product"] = price["product"]?.DeepClone(),
        },
        ["type"] = "price_details",
        ["unit_amount_decimal"] = price["unit_amount_decimal"]?.DeepClone(),
    };

    /// <summary>Gives a line the shape of API versions before 2025-03-31.basil, which had no <c>parent</c> or <c>pricing</c>.</summary>
    private static void SetLegacyFields(
        JsonObject line,
        string type,
        string? subscriptionId,
        string? subscriptionItemId,
        string? invoiceItemId,
        JsonObject? price,
        JsonObject? plan)
    {
        line.Remove("parent");
        line.Remove("pricing");
        line.Remove("pretax_credit_amounts");
        line.Remove("taxes");
        line["type"] = type;
        line["subscription"] = subscriptionId;
        line["subscription_item"] = subscriptionItemId;
        line["invoice_item"] = invoiceItemId;
        line["proration"] = false;
        line["proration_details"] = new JsonObject { ["credited_items"] = null };
        line["price"] = price;
        line["plan"] = plan;
        line["tax_amounts"] = new JsonArray();
        line["tax_rates"] = new JsonArray();
    }
}
