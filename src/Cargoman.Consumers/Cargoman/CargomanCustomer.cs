namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// A Cargoman customer as the API returns it, without its Composer token.
/// </summary>
internal sealed record CargomanCustomer(string Id, string? ExternalId, string Status);
