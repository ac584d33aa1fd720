namespace CargomanStandIn.Customers;

/// <summary>
/// Body of <c>GET /packages/{vendor}/{name}/customers</c>: the package and every customer granted it.
/// </summary>
internal sealed record PackageHolders(string Package, IReadOnlyList<PackageHolder> Customers);
