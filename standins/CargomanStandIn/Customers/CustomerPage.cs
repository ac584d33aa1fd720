namespace CargomanStandIn.Customers;

/// <summary>
/// One page of customers and the number of customers that match the filter.
/// </summary>
internal sealed record CustomerPage(IReadOnlyList<CustomerView> Items, int Total);
