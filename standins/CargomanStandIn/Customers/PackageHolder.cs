namespace CargomanStandIn.Customers;

/// <summary>
/// A customer granted a given package, as <c>GET /packages/{vendor}/{name}/customers</c> lists it.
/// </summary>
internal sealed record PackageHolder(string Id, string Name, string ExternalId, CustomerStatus Status, string Constraint);
