namespace CargomanStandIn.Packages;

/// <summary>
/// A catalogue package and its versions, in the order the catalogue lists them.
/// </summary>
internal sealed record PackageDetails(string Name, IReadOnlyList<PackageVersion> Versions)
{
    public PackageVersion? FindVersion(string version) =>
        Versions.FirstOrDefault(candidate => candidate.Version == version);
}
