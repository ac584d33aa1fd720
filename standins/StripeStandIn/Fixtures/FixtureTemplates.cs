using System.Text.Json.Nodes;

namespace StripeStandIn.Fixtures;

/// <summary>
/// Stripe's example objects from stripe-mock's <c>fixtures3.json</c> (MIT licence, see LICENSE-stripe-mock.txt),
/// embedded in the assembly. Every Create method returns a new deep copy that the caller may change.
/// </summary>
/// <remarks>
/// Reads of a parsed <see cref="JsonNode"/> tree are not thread-safe, so only the single-threaded rendering
/// at start-up may use this class.
/// </remarks>
internal sealed class FixtureTemplates
{
    private const string ResourceName = "StripeStandIn.Fixtures.fixtures3.json";

    private readonly JsonObject _resources;

    private FixtureTemplates(JsonObject resources)
    {
        _resources = resources;
    }

    public static FixtureTemplates LoadEmbedded()
    {
        using var stream = typeof(FixtureTemplates).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");

        var resources = JsonNode.Parse(stream)?["resources"] as JsonObject
            ?? throw new InvalidOperationException($"{ResourceName} has no \"resources\" object.");

        return new FixtureTemplates(resources);
    }

    public JsonObject CreateEvent() => CreateResource("event");

    public JsonObject CreateCustomer() => CreateResource("customer");

    public JsonObject CreateSubscription() => CreateResource("subscription");

    public JsonObject CreateInvoice() => CreateResource("invoice");

    /// <summary>Creates the subscription item of the subscription template (<c>items.data[0]</c>).</summary>
    public JsonObject CreateSubscriptionItem() => (JsonObject)SubscriptionItemTemplate().DeepClone();

    /// <summary>Creates the price of the subscription template's first item.</summary>
    public JsonObject CreatePrice() => (JsonObject)SubscriptionItemTemplate()["price"]!.DeepClone();

    /// <summary>Creates the legacy <c>plan</c> of the subscription template's first item.</summary>
    public JsonObject CreatePlan() => (JsonObject)SubscriptionItemTemplate()["plan"]!.DeepClone();

    /// <summary>Creates the first line of the invoice template (<c>lines.data[0]</c>).</summary>
    public JsonObject CreateInvoiceLine() => (JsonObject)_resources["invoice"]!["lines"]!["data"]![0]!.DeepClone();

    /// <summary>Returns a copy of the fixture named <paramref name="name"/> (<c>charge</c>, <c>checkout.session</c>), or null.</summary>
    public JsonObject? TryCreateResource(string name) => _resources[name] is JsonObject resource
        ? (JsonObject)resource.DeepClone()
        : null;

    private JsonObject CreateResource(string name) => TryCreateResource(name)
        ?? throw new InvalidOperationException($"{ResourceName} has no \"{name}\" resource.");

    private JsonNode SubscriptionItemTemplate() => _resources["subscription"]!["items"]!["data"]![0]!;
}
