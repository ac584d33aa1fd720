using System.Text.Json.Nodes;

namespace StripeStandIn.Rendering;

/// <summary>
/// One version of an object to render, as of one event.
/// </summary>
/// <param name="Fields">The scenario's fields of the object, merged over the object's earlier events.</param>
/// <param name="ObjectCreated">Unix seconds of the object's first event, which becomes its <c>created</c>.</param>
/// <param name="EventCreated">Unix seconds of the event being rendered.</param>
/// <param name="LegacyShapes">True for API versions before 2025-03-31.basil.</param>
internal sealed record RenderInput(
    string ObjectId,
    JsonObject Fields,
    long ObjectCreated,
    long EventCreated,
    string EventType,
    bool LegacyShapes,
    bool Livemode);
