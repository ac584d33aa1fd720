namespace StripeStandIn.State;

/// <summary>
/// A rendered event, ready to serve.
/// </summary>
/// <param name="Created">The event's <c>created</c>, in Unix seconds.</param>
/// <param name="Index">Position in the scenario's <c>events</c> array, which orders events of the same second.</param>
/// <param name="ReleasedAt">Instant from which <c>GET /v1/events</c> lists the event.</param>
/// <param name="Json">The event as serialised JSON.</param>
internal sealed record StoredEvent(
    string Id,
    string Type,
    long Created,
    int Index,
    DateTimeOffset ReleasedAt,
    string Json)
{
    public bool IsReleased(DateTimeOffset now) => now >= ReleasedAt;
}
