namespace StripeStandIn.Rendering;

/// <summary>
/// Maps Stripe event types to the kind of object they carry.
/// </summary>
internal static class EventTypes
{
    /// <summary>
    /// Returns the object kind of an event type: <c>customer.subscription.*</c> carries a subscription,
    /// <c>customer.created|updated|deleted</c> a customer and <c>invoice.*</c> an invoice.
    /// Other <c>customer.*</c> types (<c>customer.discount.created</c>) carry other resources.
    /// </summary>
    public static ObjectKind KindOf(string type)
    {
        if (type.StartsWith("customer.subscription.", StringComparison.Ordinal))
        {
            return ObjectKind.Subscription;
        }

        if (type.StartsWith("invoice.", StringComparison.Ordinal))
        {
            return ObjectKind.Invoice;
        }

        if (type.StartsWith("customer.", StringComparison.Ordinal) && type.Count(c => c == '.') == 1)
        {
            return ObjectKind.Customer;
        }

        return ObjectKind.Other;
    }

    /// <summary>
    /// Returns the fixture resource names that may hold the template of an <see cref="ObjectKind.Other"/> event,
    /// most specific first: <c>checkout.session.completed</c> gives <c>checkout.session</c> and <c>session</c>.
    /// </summary>
    public static IEnumerable<string> ResourceNameCandidates(string type)
    {
        var lastDot = type.LastIndexOf('.');
        if (lastDot <= 0)
        {
            yield break;
        }

        var resource = type[..lastDot];
        yield return resource;

        var innerDot = resource.LastIndexOf('.');
        if (innerDot >= 0)
        {
            yield return resource[(innerDot + 1)..];
        }
    }
}
