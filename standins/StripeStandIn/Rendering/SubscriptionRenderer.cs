using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders subscriptions from the fixture subscription, reset to what a plain new subscription looks like:
/// no trial, no cancellation, no paused collection, no transfer, no pending update.
/// </summary>
/// <remarks>
/// Shorthands: <c>items</c> (see <see cref="SubscriptionItemRenderer"/>) and <c>current_period_start</c> /
/// <c>current_period_end</c> in Unix seconds, which land on each item or, for legacy API versions, on the
/// subscription. Every other scenario field replaces the subscription field of that name.
/// </remarks>
internal sealed class SubscriptionRenderer(FixtureTemplates templates, SubscriptionItemRenderer items)
{
    private static readonly HashSet<string> Shorthands = ["items", "current_period_start", "current_period_end"];

    public JsonObject Render(RenderInput input)
    {
        var fields = input.Fields;
        var customerId = JsonObjects.GetString(fields, "customer")
            ?? throw new ScenarioException("object.customer is missing: a subscription needs a customer id.");

        // The period starts when the subscription was created, not when a later update happened.
        var periodStart = JsonObjects.GetLong(fields, "current_period_start") ?? input.ObjectCreated;
        var periodEnd = JsonObjects.GetLong(fields, "current_period_end")
            ?? periodStart + SubscriptionPeriod.DefaultLengthSeconds;
        var period = new SubscriptionPeriod(periodStart, periodEnd);

        var subscription = templates.CreateSubscription();
        ResetToNew(subscription);

        subscription["id"] = input.ObjectId;
        subscription["customer"] = customerId;
        subscription["created"] = input.ObjectCreated;
        subscription["start_date"] = input.ObjectCreated;
        subscription["billing_cycle_anchor"] = input.ObjectCreated;
        subscription["livemode"] = input.Livemode;

        var itemList = items.RenderList(
            input.ObjectId, fields["items"], period, input.ObjectCreated, input.Livemode, input.LegacyShapes);
        subscription["items"] = itemList;
        subscription["currency"] = itemList["data"]![0]?["price"]?["currency"]?.DeepClone();

        if (input.LegacyShapes)
        {
            subscription["current_period_start"] = period.Start;
            subscription["current_period_end"] = period.End;
        }

        SetCancellation(subscription, input, period);
        JsonObjects.ApplyOverrides(subscription, fields, Shorthands);
        return subscription;
    }

    private static void ResetToNew(JsonObject subscription)
    {
        subscription["application"] = null;
        subscription["application_fee_percent"] = null;
        subscription["automatic_tax"] = new JsonObject
        {
            ["enabled"] = false,
            ["liability"] = null,
            ["disabled_reason"] = null,
        };
        subscription["billing_cycle_anchor_config"] = null;
        subscription["billing_mode"] = new JsonObject { ["type"] = "classic", ["flexible"] = null };
        subscription["billing_thresholds"] = null;
        subscription["cancel_at"] = null;
        subscription["cancel_at_period_end"] = false;
        subscription["canceled_at"] = null;
        subscription["cancellation_details"] = new JsonObject
        {
            ["comment"] = null,
            ["feedback"] = null,
            ["reason"] = null,
        };
        subscription["default_tax_rates"] = new JsonArray();
        subscription["discounts"] = new JsonArray();
        subscription["ended_at"] = null;
        subscription["latest_invoice"] = null;
        subscription["metadata"] = new JsonObject();
        subscription["next_pending_invoice_item_invoice"] = null;
        subscription["pause_collection"] = null;
        subscription["payment_settings"] = new JsonObject
        {
            ["payment_method_options"] = null,
            ["payment_method_types"] = null,
            ["save_default_payment_method"] = "off",
        };
        subscription["pending_invoice_item_interval"] = null;
        subscription["pending_setup_intent"] = null;
        subscription["pending_update"] = null;
        subscription["schedule"] = null;
        subscription["test_clock"] = null;
        subscription["transfer_data"] = null;
        subscription["trial_end"] = null;
        subscription["trial_start"] = null;
    }

    /// <summary>
    /// Sets the fields Stripe fills when a subscription is canceled (status <c>canceled</c>, for example from
    /// <c>customer.subscription.deleted</c>) or set to cancel at the end of its period.
    /// </summary>
    private static void SetCancellation(JsonObject subscription, RenderInput input, SubscriptionPeriod period)
    {
        var canceled = JsonObjects.GetString(input.Fields, "status") == "canceled";
        var cancelAtPeriodEnd = JsonObjects.GetBoolean(input.Fields, "cancel_at_period_end") == true;
        if (!canceled && !cancelAtPeriodEnd)
        {
            return;
        }

        subscription["canceled_at"] = input.EventCreated;
        subscription["cancellation_details"]!["reason"] = "cancellation_requested";
        if (canceled)
        {
            subscription["ended_at"] = input.EventCreated;
        }
        else
        {
            subscription["cancel_at"] = period.End;
        }
    }
}
