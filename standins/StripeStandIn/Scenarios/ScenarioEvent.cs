using System.Text.Json.Nodes;

namespace StripeStandIn.Scenarios;

/// <summary>
/// One entry of the scenario's <c>events</c> array.
/// </summary>
/// <param name="Index">Position in the file's <c>events</c> array, which breaks ties between events of the same second.</param>
/// <param name="At">Seconds after scenario time zero at which Stripe created the event.</param>
/// <param name="VisibleAfter">Seconds after <paramref name="At"/> before <c>GET /v1/events</c> lists the event.</param>
/// <param name="ApiVersion">Stripe API version that the event and its object are rendered in.</param>
/// <param name="Object">Fields of <c>data.object</c>: shorthands and top-level overrides.</param>
/// <param name="Previous">Value of <c>data.previous_attributes</c>, if any.</param>
/// <param name="Id">Event id from the file, or null for a derived one.</param>
/// <param name="Account">Connected account id (<c>acct_...</c>) for Connect events.</param>
internal sealed record ScenarioEvent(
    int Index,
    double At,
    double VisibleAfter,
    string Type,
    string ApiVersion,
    JsonObject Object,
    JsonObject? Previous,
    string? Id,
    bool Livemode,
    string? Account);
