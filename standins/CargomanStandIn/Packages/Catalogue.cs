namespace CargomanStandIn.Packages;

/// <summary>
/// The packages the stand-in serves. Read-only after start.
/// </summary>
/// <remarks>
/// Composer package names are lower case, so lookups ignore case and results carry the lower-case name.
/// </remarks>
internal sealed class Catalogue
{
    private readonly Dictionary<string, PackageDetails> _packages;

    public Catalogue(string source, IEnumerable<PackageDetails> packages)
    {
        Source = source;
        _packages = packages.ToDictionary(package => package.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>File the catalogue was read from, or "built-in".</summary>
    public string Source { get; }

    public int Count => _packages.Count;

    public PackageDetails? Find(string name) => _packages.GetValueOrDefault(name);
}
