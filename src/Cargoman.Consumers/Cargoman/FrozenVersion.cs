namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// The one version of a package that a frozen customer keeps.
/// </summary>
internal sealed record FrozenVersion(string Package, string Version);
