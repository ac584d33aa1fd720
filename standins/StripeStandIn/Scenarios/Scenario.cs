using System.Text.Json.Nodes;

namespace StripeStandIn.Scenarios;

/// <summary>
/// Parsed scenario file: the customers that exist from time zero and the events to serve.
/// </summary>
/// <param name="ApiVersion">Stripe API version of events that do not name their own.</param>
/// <param name="Customers">Customer fields (<c>id</c>, <c>name</c>, <c>email</c> and any other customer field).</param>
internal sealed record Scenario(
    string? Description,
    string ApiVersion,
    IReadOnlyList<JsonObject> Customers,
    IReadOnlyList<ScenarioEvent> Events);
