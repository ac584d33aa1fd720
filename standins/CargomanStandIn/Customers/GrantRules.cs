using CargomanStandIn.Api;

namespace CargomanStandIn.Customers;

/// <summary>
/// Changes to a customer's grants. Callers pass grants whose packages exist in the catalogue, named as
/// the catalogue names them. Grants may change in every status.
/// </summary>
internal static class GrantRules
{
    public static GrantList List(Customer customer) => new(customer.Id, [.. customer.Grants]);

    public static Result<GrantList> Replace(Customer customer, IReadOnlyList<Grant> grants, DateTimeOffset now)
    {
        if (!customer.Grants.SequenceEqual(grants))
        {
            customer.Grants.Clear();
            customer.Grants.AddRange(grants);
            customer.UpdatedAt = now;
        }

        return List(customer);
    }

    /// <summary>
    /// Adds a grant, or sets the constraint of the customer's existing grant for the same package.
    /// </summary>
    public static Result<GrantAddition> Add(Customer customer, Grant grant, DateTimeOffset now)
    {
        var index = customer.Grants.FindIndex(existing => existing.Package == grant.Package);
        if (index < 0)
        {
            customer.Grants.Add(grant);
            customer.UpdatedAt = now;
            return new GrantAddition(List(customer), Created: true);
        }

        if (customer.Grants[index] != grant)
        {
            customer.Grants[index] = grant;
            customer.UpdatedAt = now;
        }

        return new GrantAddition(List(customer), Created: false);
    }

    /// <summary>
    /// Removes the grant for <paramref name="package"/>, or returns NOT_FOUND when the customer has none.
    /// The customer's frozen versions do not change.
    /// </summary>
    public static Result<GrantList> Revoke(Customer customer, string package, DateTimeOffset now)
    {
        var removed = customer.Grants.RemoveAll(grant => string.Equals(grant.Package, package, StringComparison.OrdinalIgnoreCase));
        if (removed == 0)
        {
            return ApiFailure.NotFound($"Customer {customer.Id} has no grant for '{package}'.");
        }

        customer.UpdatedAt = now;
        return List(customer);
    }
}
