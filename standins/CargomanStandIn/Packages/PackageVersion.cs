namespace CargomanStandIn.Packages;

/// <summary>
/// One release of a package, as <c>GET /api/v1/packages/{vendor}/{name}</c> lists it.
/// </summary>
internal sealed record PackageVersion(string Version, bool Yanked, bool Deprecated, string ReleasedAt);
