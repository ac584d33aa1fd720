using CargomanStandIn.Customers;
using CargomanStandIn.Packages;

namespace CargomanStandIn.Api;

/// <summary>
/// Package details with versions, and the customers granted a package.
/// </summary>
internal static class PackageEndpoints
{
    public static RouteGroupBuilder MapPackageEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/packages/{vendor}/{name}", GetDetails);
        api.MapGet("/packages/{vendor}/{name}/customers", ListHolders);
        return api;
    }

    private static IResult GetDetails(string vendor, string name, Catalogue catalogue, ApiResponses responses)
    {
        var package = catalogue.Find($"{vendor}/{name}");
        return package is null ? ApiResponses.Error(PackageNotFound(vendor, name)) : responses.Object(package);
    }

    private static IResult ListHolders(string vendor, string name, Catalogue catalogue, CustomerStore store, ApiResponses responses)
    {
        var package = catalogue.Find($"{vendor}/{name}");
        if (package is null)
        {
            return ApiResponses.Error(PackageNotFound(vendor, name));
        }

        return responses.Object(new PackageHolders(package.Name, store.ListHolders(package.Name)));
    }

    private static ApiFailure PackageNotFound(string vendor, string name) =>
        ApiFailure.NotFound($"Package '{vendor}/{name}' not found");
}
