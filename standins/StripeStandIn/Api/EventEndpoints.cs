using StripeStandIn.State;

namespace StripeStandIn.Api;

/// <summary>
/// <c>GET /v1/events</c> and <c>GET /v1/events/{id}</c>, serving released events only.
/// </summary>
internal static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/events", ListEvents);
        endpoints.MapGet("/v1/events/{id}", RetrieveEvent);
        return endpoints;
    }

    private static IResult ListEvents(HttpRequest request, EventStore events, ScenarioClock clock)
    {
        var unsupported = QueryParameters.CheckSupported(request.Query, EventListFilter.SupportedParameters);
        if (unsupported is not null)
        {
            return unsupported.ToResult();
        }

        if (!PageRequest.TryParse(request.Query, out var page, out var error)
            || !EventListFilter.TryParse(request.Query, out var filter, out error))
        {
            return error.ToResult();
        }

        var result = CursorPager.Page(events.Listable(clock.Now), stored => stored.Id, filter.Matches, page, "event", out error);
        if (result is not { } listed)
        {
            return error!.ToResult();
        }

        return StripeResponses.List("/v1/events", listed.Data.Select(stored => stored.Json), listed.HasMore);
    }

    private static IResult RetrieveEvent(string id, EventStore events, ScenarioClock clock)
    {
        var stored = events.Listable(clock.Now).FirstOrDefault(candidate => candidate.Id == id);
        return stored is null
            ? StripeError.NoSuch("event", id, "id").ToResult()
            : StripeResponses.Object(stored.Json);
    }
}
