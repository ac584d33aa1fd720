using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders customers from the fixture customer, reset to what a new customer without address, discount or
/// shipping details looks like. Every scenario field replaces the customer field of that name.
/// </summary>
internal sealed class CustomerRenderer(FixtureTemplates templates)
{
    private static readonly HashSet<string> NoShorthands = [];

    public JsonObject Render(RenderInput input)
    {
        var customer = templates.CreateCustomer();

        customer["id"] = input.ObjectId;
        customer["created"] = input.ObjectCreated;
        customer["livemode"] = input.Livemode;
        customer["address"] = null;
        customer["discount"] = null;
        customer["shipping"] = null;
        customer["metadata"] = new JsonObject();
        customer["invoice_prefix"] = StripeIds.Derive(string.Empty, input.ObjectId, 8).ToUpperInvariant();

        JsonObjects.ApplyOverrides(customer, input.Fields, NoShorthands);
        return customer;
    }

    /// <summary>Renders what <c>GET /v1/customers/{id}</c> returns for a deleted customer.</summary>
    public static JsonObject RenderDeleted(string customerId) => new()
    {
        ["id"] = customerId,
        ["object"] = "customer",
        ["deleted"] = true,
    };
}
