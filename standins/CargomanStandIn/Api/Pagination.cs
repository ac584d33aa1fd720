namespace CargomanStandIn.Api;

/// <summary>
/// The <c>pagination</c> member of list responses. <see cref="TotalPages"/> is 0 when nothing matches.
/// </summary>
internal sealed record Pagination(int Page, int PerPage, int Total, int TotalPages);
