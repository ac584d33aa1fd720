namespace CargomanStandIn.Packages;

/// <summary>
/// Catalogue used when no <c>--packages</c> file is given. Each package has a yanked or deprecated version
/// and a pre-release, so that clients choosing versions to freeze meet every case.
/// </summary>
internal static class DefaultCatalogue
{
    public static Catalogue Create() => new("built-in",
    [
        new PackageDetails("vendor/core",
        [
            new PackageVersion("3.0.0-beta1", Yanked: false, Deprecated: false, "2025-03-01T09:00:00Z"),
            new PackageVersion("2.5.0", Yanked: false, Deprecated: false, "2025-02-01T09:00:00Z"),
            new PackageVersion("2.4.1", Yanked: true, Deprecated: false, "2025-01-15T09:00:00Z"),
            new PackageVersion("2.4.0", Yanked: false, Deprecated: false, "2025-01-01T09:00:00Z"),
            new PackageVersion("1.9.0", Yanked: false, Deprecated: true, "2024-06-01T09:00:00Z"),
        ]),
        new PackageDetails("vendor/pro-features",
        [
            new PackageVersion("1.2.0", Yanked: false, Deprecated: false, "2025-02-10T09:00:00Z"),
            new PackageVersion("1.1.0", Yanked: false, Deprecated: false, "2024-11-10T09:00:00Z"),
            new PackageVersion("1.0.0", Yanked: false, Deprecated: true, "2024-08-10T09:00:00Z"),
        ]),
        new PackageDetails("vendor/addon",
        [
            new PackageVersion("1.1.0", Yanked: true, Deprecated: false, "2025-02-20T09:00:00Z"),
            new PackageVersion("1.0.1", Yanked: false, Deprecated: false, "2025-01-20T09:00:00Z"),
            new PackageVersion("1.0.0", Yanked: false, Deprecated: false, "2024-12-20T09:00:00Z"),
        ]),
    ]);
}
