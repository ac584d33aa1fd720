using StripeStandIn.Rendering;
using StripeStandIn.State;

namespace StripeStandIn.Api;

/// <summary>
/// <c>GET /v1/subscriptions</c>: the current state of released subscriptions, most recently created first,
/// filtered by <c>customer</c> and <c>status</c>, with cursor pagination.
/// </summary>
internal static class SubscriptionListEndpoint
{
    private static readonly IReadOnlyList<string> SupportedParameters =
        ["customer", "status", "limit", "starting_after", "ending_before", "expand[]"];

    private static readonly IReadOnlyList<string> Statuses =
    [
        "active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "trialing", "paused",
        "all", "ended",
    ];

    public static IEndpointRouteBuilder MapSubscriptionListEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/subscriptions", ListSubscriptions);
        return endpoints;
    }

    private static IResult ListSubscriptions(HttpRequest request, ObjectStore objects, ScenarioClock clock)
    {
        var unsupported = QueryParameters.CheckSupported(request.Query, SupportedParameters);
        if (unsupported is not null)
        {
            return unsupported.ToResult();
        }

        if (!PageRequest.TryParse(request.Query, out var page, out var error))
        {
            return error.ToResult();
        }

        var status = QueryParameters.GetSingle(request.Query, "status");
        if (status is not null && !Statuses.Contains(status))
        {
            return StripeError.InvalidRequest(
                $"Invalid status: must be one of {string.Join(", ", Statuses)}.", "status").ToResult();
        }

        // NOTE: Stripe may reject an unknown customer id here, but the stand-in returns an empty list.
        var customer = QueryParameters.GetSingle(request.Query, "customer");
        bool Matches(ObjectVersion subscription) =>
            (customer is null || subscription.CustomerId == customer) && MatchesStatus(status, subscription.Status);

        var subscriptions = objects.CurrentOfKind(ObjectKind.Subscription, clock.Now);
        var result = CursorPager.Page(subscriptions, version => version.Id, Matches, page, "subscription", out error);
        if (result is not { } listed)
        {
            return error!.ToResult();
        }

        return StripeResponses.List("/v1/subscriptions", listed.Data.Select(version => version.Json), listed.HasMore);
    }

    /// <summary>
    /// Applies Stripe's status filter: none lists every subscription that is not canceled, <c>all</c> lists every
    /// one, and <c>ended</c> lists canceled and expired ones.
    /// </summary>
    private static bool MatchesStatus(string? filter, string? status) => filter switch
    {
        null => status != "canceled",
        "all" => true,
        "ended" => status is "canceled" or "incomplete_expired",
        _ => status == filter,
    };
}
