namespace Cargoman.Consumers.Packages;

/// <summary>One entry of a package's version list.</summary>
/// <param name="Version">Version as the registry lists it, such as <c>v1.2.0</c> or <c>dev-main</c>.</param>
/// <param name="Yanked">Whether the version was withdrawn. A yanked version is never chosen.</param>
/// <param name="Deprecated">Whether the version is marked deprecated. A deprecated version can still be chosen.</param>
internal sealed record PackageVersionInfo(string Version, bool Yanked, bool Deprecated);
