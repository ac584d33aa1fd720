using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders the object of any event type the stand-in has no dedicated renderer for (<c>charge.succeeded</c>,
/// <c>checkout.session.completed</c>) from the fixture of that resource, with only id, <c>created</c> and
/// <c>livemode</c> replaced. An <c>object</c> field in the scenario names the fixture when the type does not.
/// </summary>
internal sealed class OtherObjectRenderer(FixtureTemplates templates)
{
    private static readonly HashSet<string> NoShorthands = [];

    public JsonObject Render(RenderInput input)
    {
        var template = FindTemplate(input);

        template["id"] = input.ObjectId;
        if (template.ContainsKey("created"))
        {
            template["created"] = input.ObjectCreated;
        }

        if (template.ContainsKey("livemode"))
        {
            template["livemode"] = input.Livemode;
        }

        JsonObjects.ApplyOverrides(template, input.Fields, NoShorthands);
        return template;
    }

    /// <summary>
    /// Returns the id prefix of the fixture's id (<c>ch_</c> for charges), which derived ids of such objects use.
    /// </summary>
    public string IdPrefixFor(string eventType, JsonObject fields)
    {
        var id = (string?)FindTemplate(eventType, fields)["id"] ?? string.Empty;
        var underscore = id.LastIndexOf('_');
        return underscore < 0 ? "obj_" : id[..(underscore + 1)];
    }

    private JsonObject FindTemplate(RenderInput input) => FindTemplate(input.EventType, input.Fields);

    private JsonObject FindTemplate(string eventType, JsonObject fields)
    {
        var names = JsonObjects.GetString(fields, "object") is { } objectName
            ? [objectName]
            : EventTypes.ResourceNameCandidates(eventType).ToList();

        return names.Select(templates.TryCreateResource).FirstOrDefault(template => template is not null)
            ?? throw new ScenarioException(
                $"No Stripe fixture matches event type \"{eventType}\" (tried {string.Join(", ", names)}); "
                + "set object.object to a Stripe object name such as \"charge\".");
    }
}
