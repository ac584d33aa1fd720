using CargomanStandIn.Customers;
using CargomanStandIn.Packages;

namespace CargomanStandIn.Api;

/// <summary>
/// A customer's package grants: list, replace all, add one, revoke one.
/// </summary>
internal static class GrantEndpoints
{
    public static RouteGroupBuilder MapGrantEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/customers/{id}/packages", List);
        api.MapPut("/customers/{id}/packages", ReplaceAsync);
        api.MapPost("/customers/{id}/packages", AddAsync);
        api.MapDelete("/customers/{id}/packages/{vendor}/{name}", (string id, string vendor, string name, CustomerStore store, ApiResponses responses) =>
            Revoke(id, $"{vendor}/{name}", store, responses));

        // The customer guide also shows the package as one URL-encoded segment (vendor%2Fname).
        // Kestrel leaves %2F encoded in the path, so the route value still needs decoding.
        api.MapDelete("/customers/{id}/packages/{package}", (string id, string package, CustomerStore store, ApiResponses responses) =>
            Revoke(id, Uri.UnescapeDataString(package), store, responses));
        return api;
    }

    private static IResult List(string id, CustomerStore store, ApiResponses responses)
    {
        var customer = store.Find(id);
        if (customer is null)
        {
            return ApiResponses.Error(ApiFailure.CustomerNotFound());
        }

        return responses.Object(new GrantList(customer.Id, customer.Packages));
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, CustomerStore store, Catalogue catalogue, ApiResponses responses, CancellationToken cancellationToken)
    {
        var grants = await JsonBody.ParseAsync(request, body => GrantRequest.ParseList(body, catalogue), cancellationToken);
        if (!grants.Succeeded)
        {
            return ApiResponses.Error(grants.Failure);
        }

        var result = store.Update(id, (customer, now) => GrantRules.Replace(customer, grants.Value, now));
        return ApiResponses.From(result, list => responses.Object(list));
    }

    private static async Task<IResult> AddAsync(string id, HttpRequest request, CustomerStore store, Catalogue catalogue, ApiResponses responses, CancellationToken cancellationToken)
    {
        var grant = await JsonBody.ParseAsync(request, body => GrantRequest.ParseOne(body, catalogue), cancellationToken);
        if (!grant.Succeeded)
        {
            return ApiResponses.Error(grant.Failure);
        }

        var result = store.Update(id, (customer, now) => GrantRules.Add(customer, grant.Value, now));
        return ApiResponses.From(result, addition =>
            responses.Object(addition.Grants, addition.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK));
    }

    private static IResult Revoke(string id, string package, CustomerStore store, ApiResponses responses)
    {
        var result = store.Update(id, (customer, now) => GrantRules.Revoke(customer, package, now));
        return ApiResponses.From(result, grants => responses.Object(grants));
    }
}
