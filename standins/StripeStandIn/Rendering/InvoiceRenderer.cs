using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders invoices from the fixture invoice. Amounts follow the subscription's items (unit amount times
/// quantity) unless the scenario sets <c>amount_due</c>. Paid invoices have <c>amount_paid</c> equal to it.
/// </summary>
/// <remarks>
/// Shorthand: <c>subscription</c>, which lands in <c>parent.subscription_details</c> or, for API versions
/// before 2025-03-31.basil, at top level. Every other scenario field replaces the invoice field of that name.
/// </remarks>
internal sealed class InvoiceRenderer(FixtureTemplates templates, InvoiceLineRenderer lines)
{
    // Amount in cents of the fixture invoice's single line, used for one-off invoices without amount_due.
    private const long DefaultOneOffAmount = 1000;

    // Stripe retries a failed payment after some days. Three days is an estimate of its Smart Retries schedule.
    private const long RetryDelaySeconds = 3 * 86_400;

    private static readonly HashSet<string> Shorthands = ["subscription"];

    /// <param name="subscription">The invoice's subscription as rendered at this event, or null.</param>
    /// <param name="customer">The invoice's customer as rendered at this event, or null.</param>
    public JsonObject Render(RenderInput input, JsonObject? subscription, JsonObject? customer)
    {
        var fields = input.Fields;
        var subscriptionId = JsonObjects.GetString(fields, "subscription");
        var customerId = JsonObjects.GetString(fields, "customer") ?? (string?)subscription?["customer"]
            ?? throw new ScenarioException("object.customer is missing: an invoice needs a customer id.");
        var status = JsonObjects.GetString(fields, "status") ?? "draft";
        var billingReason = JsonObjects.GetString(fields, "billing_reason")
            ?? (subscriptionId is null ? "manual" : "subscription_cycle");
        var attempted = JsonObjects.GetBoolean(fields, "attempted") == true;

        var amountDueField = JsonObjects.GetLong(fields, "amount_due");
        var lineList = lines.RenderList(input, subscriptionId, subscription, amountDueField ?? DefaultOneOffAmount);
        var amountDue = amountDueField ?? lineList["data"]!.AsArray().Sum(line => (long)line!["amount"]!);
        var amountPaid = status == "paid" ? amountDue : 0;
        var created = input.ObjectCreated;

        var invoice = templates.CreateInvoice();
        ResetToNew(invoice);

        invoice["id"] = input.ObjectId;
        invoice["customer"] = customerId;
        invoice["customer_email"] = customer?["email"]?.DeepClone();
        invoice["customer_name"] = customer?["name"]?.DeepClone();
        invoice["created"] = created;
        invoice["livemode"] = input.Livemode;
        invoice["status"] = status;
        invoice["billing_reason"] = billingReason;
        invoice["currency"] = lineList["data"]![0]!["currency"]?.DeepClone();
        invoice["lines"] = lineList;

        invoice["amount_due"] = amountDue;
        invoice["amount_paid"] = amountPaid;
        invoice["amount_remaining"] = amountDue - amountPaid;
        invoice["subtotal"] = amountDue;
        invoice["subtotal_excluding_tax"] = amountDue;
        invoice["total"] = amountDue;
        invoice["total_excluding_tax"] = amountDue;

        invoice["auto_advance"] = status is "draft" or "open";
        invoice["effective_at"] = status == "draft" ? null : created;
        invoice["ending_balance"] = status == "draft" ? null : 0;
        invoice["next_payment_attempt"] = status == "open"
            ? (attempted ? input.EventCreated + RetryDelaySeconds : created + 3600)
            : null;
        invoice["webhooks_delivered_at"] = created;

        // A renewal bills the period that just ended. The first invoice and one-off invoices bill an instant.
        var periodStart = billingReason == "subscription_cycle" ? created - SubscriptionPeriod.DefaultLengthSeconds : created;
        invoice["period_start"] = periodStart;
        invoice["period_end"] = created;

        invoice["status_transitions"] = new JsonObject
        {
            ["finalized_at"] = status == "draft" ? null : created,
            ["marked_uncollectible_at"] = status == "uncollectible" ? input.EventCreated : null,
            ["paid_at"] = status == "paid" ? input.EventCreated : null,
            ["voided_at"] = status == "void" ? input.EventCreated : null,
        };

        if (input.LegacyShapes)
        {
            SetLegacyFields(invoice, subscriptionId, status == "paid");
        }
        else
        {
            SetParent(invoice, subscriptionId);
        }

        JsonObjects.ApplyOverrides(invoice, fields, Shorthands);
        return invoice;
    }

    private static void ResetToNew(JsonObject invoice)
    {
        invoice["amount_overpaid"] = 0;
        invoice["amount_shipping"] = 0;
        invoice["automatic_tax"] = new JsonObject
        {
            ["enabled"] = false,
            ["liability"] = null,
            ["status"] = null,
            ["disabled_reason"] = null,
            ["provider"] = null,
        };
        invoice["customer_address"] = null;
        invoice["customer_phone"] = null;
        invoice["customer_shipping"] = null;
        invoice["due_date"] = null;
        invoice["from_invoice"] = null;
        invoice["last_finalization_error"] = null;
        invoice["metadata"] = new JsonObject();
        invoice["payment_settings"] = new JsonObject
        {
            ["default_mandate"] = null,
            ["payment_method_options"] = null,
            ["payment_method_types"] = null,
        };
        invoice["shipping_cost"] = null;
        invoice["shipping_details"] = null;
        invoice["total_pretax_credit_amounts"] = new JsonArray();
        invoice["total_taxes"] = new JsonArray();
    }

    private static void SetParent(JsonObject invoice, string? subscriptionId)
    {
        invoice.Remove("subscription");
        invoice["parent"] = subscriptionId is null
            ? null
            : new JsonObject
            {
                ["quote_details"] = null,
                ["subscription_details"] = new JsonObject
                {
                    ["metadata"] = new JsonObject(),
                    ["subscription"] = subscriptionId,
                },
                ["type"] = "subscription_details",
            };
    }

    /// <summary>Gives the invoice the shape of API versions before 2025-03-31.basil.</summary>
    private static void SetLegacyFields(JsonObject invoice, string? subscriptionId, bool paid)
    {
        invoice.Remove("parent");
        invoice.Remove("amount_overpaid");
        invoice.Remove("total_pretax_credit_amounts");
        invoice.Remove("total_taxes");
        invoice["subscription"] = subscriptionId;
        invoice["subscription_details"] = subscriptionId is null ? null : new JsonObject { ["metadata"] = new JsonObject() };
        invoice["paid"] = paid;
        invoice["paid_out_of_band"] = false;
        invoice["charge"] = null;
        invoice["payment_intent"] = null;
        invoice["discount"] = null;
        invoice["tax"] = null;
        invoice["total_tax_amounts"] = new JsonArray();
    }
}
