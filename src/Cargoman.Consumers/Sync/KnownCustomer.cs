using Cargoman.Consumers.Cargoman;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// A Cargoman customer's state as this service last wrote or read it.
/// </summary>
/// <param name="UpdatedAt">When the state was last confirmed by Cargoman.</param>
internal sealed record KnownCustomer(
    string ExternalId,
    string CargomanId,
    string Status,
    IReadOnlyList<PackageGrant> Grants,
    DateTimeOffset UpdatedAt);
