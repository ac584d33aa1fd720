using StripeStandIn.State;

namespace StripeStandIn.Rendering;

/// <summary>
/// The scenario rendered into Stripe objects: every event and every version of every object.
/// </summary>
internal sealed record RenderedScenario(EventStore Events, ObjectStore Objects);
