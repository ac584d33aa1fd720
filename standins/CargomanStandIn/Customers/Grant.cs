namespace CargomanStandIn.Customers;

/// <summary>
/// Access to one package within a Composer version constraint such as <c>*</c> or <c>^2.0</c>.
/// </summary>
internal sealed record Grant(string Package, string Constraint);
