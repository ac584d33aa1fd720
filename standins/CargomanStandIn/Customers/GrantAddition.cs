namespace CargomanStandIn.Customers;

/// <summary>
/// The grants after adding one, and whether the grant is new (false when an existing grant's
/// constraint was kept or replaced).
/// </summary>
internal sealed record GrantAddition(GrantList Grants, bool Created);
