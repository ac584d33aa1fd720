namespace CargomanStandIn.Customers;

/// <summary>
/// The customer object returned by the API. <see cref="Token"/> is the customer's Composer token, a secret.
/// </summary>
internal sealed record CustomerView(
    string Id,
    string Name,
    string Email,
    string ExternalId,
    string Token,
    CustomerStatus Status,
    string? SuspensionReason,
    IReadOnlyList<Grant> Packages,
    IReadOnlyList<FrozenVersion> FrozenVersions,
    string CreatedAt,
    string UpdatedAt);
