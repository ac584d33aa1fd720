namespace CargomanStandIn.Api;

/// <summary>
/// A list response in the bare shape: <c>{"data": [...], "pagination": {...}}</c> with no <c>error</c> member.
/// </summary>
internal sealed record BarePage(object Data, Pagination Pagination);
