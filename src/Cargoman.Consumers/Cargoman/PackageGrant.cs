namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// Access to one package: its Composer name and the version constraint the customer may install.
/// </summary>
internal sealed record PackageGrant(string Package, string Constraint);
