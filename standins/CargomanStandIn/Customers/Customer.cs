namespace CargomanStandIn.Customers;

/// <summary>
/// A stored customer. Only <see cref="CustomerStore"/> touches it, and only while holding its lock.
/// </summary>
internal sealed class Customer
{
    public required string Id { get; init; }

    public required string Token { get; init; }

    public required string ExternalId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public CustomerStatus Status { get; set; } = CustomerStatus.Active;

    /// <summary>Reason given to suspend, kept while the customer is suspended.</summary>
    public string? SuspensionReason { get; set; }

    public List<Grant> Grants { get; } = [];

    /// <summary>Versions the customer keeps while frozen. Empty in every other status.</summary>
    public List<FrozenVersion> FrozenVersions { get; } = [];

    public required DateTimeOffset UpdatedAt { get; set; }

    public CustomerView ToView() => new(
        Id, Name, Email, ExternalId, Token, Status, SuspensionReason,
        [.. Grants], [.. FrozenVersions], Rfc3339.Format(CreatedAt), Rfc3339.Format(UpdatedAt));

    public ControlCustomerView ToControlView() => new(
        Id, Name, Email, ExternalId, Status, SuspensionReason,
        [.. Grants], [.. FrozenVersions], Rfc3339.Format(CreatedAt), Rfc3339.Format(UpdatedAt));
}
