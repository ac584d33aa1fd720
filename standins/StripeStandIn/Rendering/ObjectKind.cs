namespace StripeStandIn.Rendering;

/// <summary>
/// Kind of the object in an event's <c>data.object</c>, which selects its renderer.
/// </summary>
internal enum ObjectKind
{
    Customer,
    Subscription,
    Invoice,

    /// <summary>Any other Stripe resource, rendered from its fixture with only id and times replaced.</summary>
    Other,
}
