using System.Text.Json;
using CargomanStandIn.Customers;
using CargomanStandIn.Packages;

namespace CargomanStandIn.Api;

/// <summary>
/// Suspend, reactivate, freeze and expire. The transitions themselves are in <see cref="StatusRules"/>.
/// </summary>
/// <remarks>
/// Cargoman documents expiry only as pseudo-code, so <c>POST /customers/{id}/expire</c> is this
/// project's assumption, modelled on suspend and reactivate.
/// </remarks>
internal static class CustomerStatusEndpoints
{
    public static RouteGroupBuilder MapCustomerStatusEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/customers/{id}/suspend", SuspendAsync);
        api.MapPost("/customers/{id}/reactivate", Reactivate);
        api.MapPost("/customers/{id}/freeze", FreezeAsync);
        api.MapPost("/customers/{id}/expire", Expire);
        return api;
    }

    private static async Task<IResult> SuspendAsync(string id, HttpRequest request, CustomerStore store, ApiResponses responses, CancellationToken cancellationToken)
    {
        var reason = await JsonBody.ParseAsync(request, ParseReason, cancellationToken);
        if (!reason.Succeeded)
        {
            return ApiResponses.Error(reason.Failure);
        }

        var result = store.Update(id, (customer, now) => StatusRules.Suspend(customer, reason.Value, now));
        return ApiResponses.From(result, customer => responses.Object(customer));
    }

    private static IResult Reactivate(string id, CustomerStore store, ApiResponses responses)
    {
        var result = store.Update(id, StatusRules.Reactivate);
        return ApiResponses.From(result, customer => responses.Object(customer));
    }

    private static async Task<IResult> FreezeAsync(string id, HttpRequest request, CustomerStore store, Catalogue catalogue, ApiResponses responses, CancellationToken cancellationToken)
    {
        var versions = await JsonBody.ParseAsync(request, FreezeRequest.Parse, cancellationToken);
        if (!versions.Succeeded)
        {
            return ApiResponses.Error(versions.Failure);
        }

        var result = store.Update(id, (customer, now) => StatusRules.Freeze(customer, versions.Value, catalogue, now));
        return ApiResponses.From(result, customer => responses.Object(customer));
    }

    private static IResult Expire(string id, CustomerStore store, ApiResponses responses)
    {
        var result = store.Update(id, StatusRules.Expire);
        return ApiResponses.From(result, customer => responses.Object(customer));
    }

    private static Result<string> ParseReason(JsonElement body)
    {
        var problems = new List<string>();
        var reason = JsonBody.RequiredString(body, "reason", problems);
        if (reason is null)
        {
            return ApiFailure.Validation(string.Join(" ", problems));
        }

        return reason;
    }
}
