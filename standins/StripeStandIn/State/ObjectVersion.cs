using StripeStandIn.Rendering;

namespace StripeStandIn.State;

/// <summary>
/// One version of a customer, subscription, invoice or other object: its state as of one event, or a
/// customer as listed in the scenario's <c>customers</c>.
/// </summary>
/// <param name="Created">
/// The <c>created</c> of the event that produced this version, in Unix seconds, or <see cref="long.MinValue"/> for a
/// customer listed in <c>customers</c>, so that every event about that customer supersedes it.
/// </param>
/// <param name="Index">The event's position in the scenario, or -1 for a customer listed in <c>customers</c>.</param>
/// <param name="ReleasedAt">Instant from which this version is the object's state, if no newer version is released.</param>
/// <param name="Json">What <c>GET</c> of the object returns: the serialised object, or a deleted stub.</param>
/// <param name="CustomerId">The object's customer, for subscriptions and invoices.</param>
internal sealed record ObjectVersion(
    string Id,
    ObjectKind Kind,
    long Created,
    int Index,
    DateTimeOffset ReleasedAt,
    string Json,
    string? CustomerId,
    string? Status);
