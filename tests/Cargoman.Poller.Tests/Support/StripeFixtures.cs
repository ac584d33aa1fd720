using System.Text.Json.Nodes;

namespace Cargoman.Poller.Tests.Support;

/// <summary>
/// Builds Stripe events from Stripe's official example objects, so that tests parse the real shapes.
/// </summary>
internal static class StripeFixtures
{
    private static readonly Lazy<JsonObject> s_resources = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixtures3.json");
        return JsonNode.Parse(File.ReadAllText(path))!["resources"]!.AsObject();
    });

    /// <summary>Returns a fresh copy of the example object of one resource, such as "subscription".</summary>
    public static JsonObject Resource(string name) => s_resources.Value[name]!.DeepClone().AsObject();

    /// <summary>Wraps <paramref name="dataObject"/> in the example event, with the given envelope fields.</summary>
    public static JsonObject Event(string id, string type, JsonObject dataObject, long created = 1_764_000_000, string? apiVersion = "2026-10-28.endive")
    {
        var stripeEvent = Resource("event");
        stripeEvent["id"] = id;
        stripeEvent["type"] = type;
        stripeEvent["created"] = created;
        stripeEvent["api_version"] = apiVersion;
        stripeEvent["data"] = new JsonObject { ["object"] = dataObject };
        return stripeEvent;
    }

    /// <summary>Returns the example subscription with one item per price, in the shape of API versions since 2025-03-31.</summary>
    public static JsonObject Subscription(string id, string customer, string status, params (string Price, long Quantity)[] items)
    {
        var subscription = Resource("subscription");
        subscription["id"] = id;
        subscription["customer"] = customer;
        subscription["status"] = status;
        subscription["cancel_at_period_end"] = false;
        subscription["pause_collection"] = null;

        var template = subscription["items"]!["data"]![0]!;
        var data = new JsonArray();
        foreach (var (price, quantity) in items)
        {
            var item = template.DeepClone().AsObject();
            item["price"]!["id"] = price;
            item["quantity"] = quantity;
            item["subscription"] = id;
            item["current_period_end"] = 1_766_000_000;
            data.Add(item);
        }

        subscription["items"]!["data"] = data;
        return subscription;
    }

    /// <summary>Returns the example invoice billing <paramref name="subscription"/> through <c>parent.subscription_details</c>, or a one-off invoice when it is null.</summary>
    public static JsonObject Invoice(string id, string customer, string? subscription, string billingReason)
    {
        var invoice = Resource("invoice");
        invoice["id"] = id;
        invoice["customer"] = customer;
        invoice["billing_reason"] = billingReason;
        invoice.Remove("subscription");
        invoice["parent"] = subscription is null
            ? null
            : new JsonObject
            {
                ["type"] = "subscription_details",
                ["quote_details"] = null,
                ["subscription_details"] = new JsonObject { ["metadata"] = new JsonObject(), ["subscription"] = subscription },
            };
        return invoice;
    }
}
