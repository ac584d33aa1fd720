using CargomanStandIn.Api;
using CargomanStandIn.Packages;

namespace CargomanStandIn.Customers;

/// <summary>
/// Status transitions. Cargoman documents active to suspended to expired, active or suspended to frozen,
/// and reactivate from suspended to active. The documentation leaves the other cases open, so the
/// stand-in chooses them. A request for the status the customer already has succeeds without change.
/// Reactivate brings a frozen customer back to active (a win-back) but rejects an expired one with
/// CONFLICT. Suspend also rejects a frozen or expired customer, expire an active one, and freeze an
/// expired one, each with CONFLICT.
/// </summary>
internal static class StatusRules
{
    public static Result<CustomerView> Suspend(Customer customer, string reason, DateTimeOffset now)
    {
        switch (customer.Status)
        {
            case CustomerStatus.Suspended:
                return customer.ToView();
            case CustomerStatus.Active:
                customer.Status = CustomerStatus.Suspended;
                customer.SuspensionReason = reason;
                customer.UpdatedAt = now;
                return customer.ToView();
            default:
                return ApiFailure.Conflict($"Customer {customer.Id} is {Describe(customer.Status)}. Only active customers can be suspended.");
        }
    }

    public static Result<CustomerView> Reactivate(Customer customer, DateTimeOffset now)
    {
        switch (customer.Status)
        {
            case CustomerStatus.Active:
                return customer.ToView();
            case CustomerStatus.Expired:
                return ApiFailure.Conflict("Expired customers cannot be reactivated");
            default:
                customer.Status = CustomerStatus.Active;
                customer.SuspensionReason = null;
                customer.FrozenVersions.Clear();
                customer.UpdatedAt = now;
                return customer.ToView();
        }
    }

    /// <summary>
    /// Freezes the customer to <paramref name="versions"/>. Each must be of a package the customer is
    /// granted and must exist, not yanked, in the catalogue. Deprecated versions are allowed.
    /// </summary>
    public static Result<CustomerView> Freeze(Customer customer, IReadOnlyList<FrozenVersion> versions, Catalogue catalogue, DateTimeOffset now)
    {
        if (customer.Status == CustomerStatus.Expired)
        {
            return ApiFailure.Conflict($"Customer {customer.Id} is expired. Only active or suspended customers can be frozen.");
        }

        var problems = versions.Select(version => FindFreezeProblem(customer, version, catalogue)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            return ApiFailure.Validation(string.Join(" ", problems));
        }

        if (customer.Status == CustomerStatus.Frozen)
        {
            return customer.ToView();
        }

        customer.Status = CustomerStatus.Frozen;
        customer.SuspensionReason = null;
        customer.FrozenVersions.Clear();
        customer.FrozenVersions.AddRange(versions.Select(version =>
            version with { Package = catalogue.Find(version.Package)!.Name }));
        customer.UpdatedAt = now;
        return customer.ToView();
    }

    public static Result<CustomerView> Expire(Customer customer, DateTimeOffset now)
    {
        switch (customer.Status)
        {
            case CustomerStatus.Expired:
                return customer.ToView();
            case CustomerStatus.Active:
                return ApiFailure.Conflict($"Customer {customer.Id} is active. Suspend or freeze it before expiring it.");
            default:
                customer.Status = CustomerStatus.Expired;
                customer.SuspensionReason = null;
                customer.FrozenVersions.Clear();
                customer.UpdatedAt = now;
                return customer.ToView();
        }
    }

    private static string? FindFreezeProblem(Customer customer, FrozenVersion frozen, Catalogue catalogue)
    {
        var package = catalogue.Find(frozen.Package);
        if (package is null)
        {
            return $"Package '{frozen.Package}' does not exist.";
        }

        if (!customer.Grants.Any(grant => grant.Package == package.Name))
        {
            return $"Customer {customer.Id} has no grant for '{package.Name}'.";
        }

        var version = package.FindVersion(frozen.Version);
        if (version is null)
        {
            return $"Version '{frozen.Version}' of '{package.Name}' does not exist.";
        }

        return version.Yanked ? $"Version '{frozen.Version}' of '{package.Name}' is yanked." : null;
    }

    private static string Describe(CustomerStatus status) => status.ToString().ToLowerInvariant();
}
