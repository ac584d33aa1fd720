namespace CargomanStandIn.Customers;

/// <summary>
/// A customer as <c>GET /_standin/customers</c> shows it: the API's customer object without the token.
/// </summary>
internal sealed record ControlCustomerView(
    string Id,
    string Name,
    string Email,
    string ExternalId,
    CustomerStatus Status,
    string? SuspensionReason,
    IReadOnlyList<Grant> Packages,
    IReadOnlyList<FrozenVersion> FrozenVersions,
    string CreatedAt,
    string UpdatedAt);
