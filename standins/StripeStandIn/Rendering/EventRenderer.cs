using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders the event envelope from the fixture event around an already rendered <c>data.object</c>.
/// </summary>
internal sealed class EventRenderer(FixtureTemplates templates)
{
    public JsonObject Render(ScenarioEvent scenarioEvent, string eventId, long created, JsonObject dataObject)
    {
        var data = new JsonObject { ["object"] = dataObject.DeepClone() };
        if (scenarioEvent.Previous is not null)
        {
            data["previous_attributes"] = scenarioEvent.Previous.DeepClone();
        }

        var stripeEvent = templates.CreateEvent();
        stripeEvent["id"] = eventId;
        stripeEvent["object"] = "event";
        stripeEvent["api_version"] = scenarioEvent.ApiVersion;
        stripeEvent["created"] = created;
        stripeEvent["data"] = data;
        stripeEvent["livemode"] = scenarioEvent.Livemode;
        stripeEvent["pending_webhooks"] = 0;

        // Stripe sets request.id only for events caused by an API request. Scenario events stand for
        // Stripe's own actions (renewals, payment attempts), which have none.
        stripeEvent["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null };
        stripeEvent["type"] = scenarioEvent.Type;
        if (scenarioEvent.Account is not null)
        {
            stripeEvent["account"] = scenarioEvent.Account;
        }

        return stripeEvent;
    }

    /// <summary>
    /// Derives the id of an event that the scenario gives none, from its position, type and object id, so that
    /// every run of the same scenario gives the same ids.
    /// </summary>
    public static string DeriveId(ScenarioEvent scenarioEvent, string objectId) =>
        StripeIds.Derive("evt_", $"{scenarioEvent.Index}:{scenarioEvent.Type}:{objectId}");
}
