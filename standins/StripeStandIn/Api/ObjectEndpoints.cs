using StripeStandIn.Rendering;
using StripeStandIn.State;

namespace StripeStandIn.Api;

/// <summary>
/// <c>GET /v1/customers/{id}</c>, <c>GET /v1/subscriptions/{id}</c> and <c>GET /v1/invoices/{id}</c>: the
/// object's current state, which is its newest version among released events.
/// </summary>
/// <remarks>
/// NOTE: <c>expand[]</c> is accepted but ignored, so expandable fields stay ids. Stripe.net reads both forms.
/// </remarks>
internal static class ObjectEndpoints
{
    private static readonly IReadOnlyList<string> SupportedParameters = ["expand[]"];

    public static IEndpointRouteBuilder MapObjectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(
            "/v1/customers/{id}",
            (string id, HttpRequest request, ObjectStore objects, ScenarioClock clock) =>
                Retrieve(id, ObjectKind.Customer, "customer", request, objects, clock));
        endpoints.MapGet(
            "/v1/subscriptions/{id}",
            (string id, HttpRequest request, ObjectStore objects, ScenarioClock clock) =>
                Retrieve(id, ObjectKind.Subscription, "subscription", request, objects, clock));
        endpoints.MapGet(
            "/v1/invoices/{id}",
            (string id, HttpRequest request, ObjectStore objects, ScenarioClock clock) =>
                Retrieve(id, ObjectKind.Invoice, "invoice", request, objects, clock));
        return endpoints;
    }

    private static IResult Retrieve(
        string id, ObjectKind kind, string objectName, HttpRequest request, ObjectStore objects, ScenarioClock clock)
    {
        var unsupported = QueryParameters.CheckSupported(request.Query, SupportedParameters);
        if (unsupported is not null)
        {
            return unsupported.ToResult();
        }

        var current = objects.FindCurrent(id, kind, clock.Now);
        return current is null
            ? StripeError.NoSuch(objectName, id, "id").ToResult()
            : StripeResponses.Object(current.Json);
    }
}
