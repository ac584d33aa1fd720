namespace CargomanStandIn.Api;

/// <summary>
/// A list response: <c>{"data": [...], "pagination": {...}, "error": null}</c>.
/// </summary>
internal sealed record PagedEnvelope(object Data, Pagination Pagination, ApiError? Error);
