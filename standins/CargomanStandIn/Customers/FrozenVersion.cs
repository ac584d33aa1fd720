namespace CargomanStandIn.Customers;

/// <summary>
/// The one version of a package that a frozen customer may still install.
/// </summary>
internal sealed record FrozenVersion(string Package, string Version);
