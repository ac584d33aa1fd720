namespace CargomanStandIn.Customers;

/// <summary>
/// A customer's grants, as the <c>/customers/{id}/packages</c> endpoints return them.
/// </summary>
internal sealed record GrantList(string CustomerId, IReadOnlyList<Grant> Packages);
