using System.Globalization;
using System.Text.Json;

namespace CargomanStandIn.Packages;

/// <summary>
/// Reads the catalogue from a scenario file: <c>{"packages": {"vendor/core": [{"version": "2.5.0",
/// "yanked": false, "deprecated": false, "released_at": "2025-01-01T00:00:00Z"}]}}</c>. Only
/// <c>version</c> is required, and top-level keys other than <c>packages</c> are ignored.
/// </summary>
internal static class CatalogueLoader
{
    // A version without released_at gets a synthetic date: the first listed is dated this day, and each
    // later one a week earlier, so the first entry reads as the newest.
    private static readonly DateTimeOffset s_syntheticNewestRelease = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Loads the file at <paramref name="path"/>. Returns false with a message that names the file and
    /// the entry at fault.
    /// </summary>
    public static bool TryLoad(string path, out Catalogue? catalogue, out string? error)
    {
        catalogue = null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var packages = ReadPackages(document.RootElement);
            catalogue = new Catalogue(path, packages);
            error = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            error = $"Cannot load packages file '{path}': {exception.Message}";
            return false;
        }
    }

    private static List<PackageDetails> ReadPackages(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("packages", out var packages)
            || packages.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the top level must be an object with a \"packages\" object.");
        }

        var result = new List<PackageDetails>();
        foreach (var package in packages.EnumerateObject())
        {
            if (!PackageName.IsValid(package.Name))
            {
                throw new FormatException($"package name '{package.Name}' is not a lower-case Composer name such as vendor/core.");
            }

            if (package.Value.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"the value of '{package.Name}' must be an array of versions.");
            }

            result.Add(new PackageDetails(package.Name, ReadVersions(package.Name, package.Value)));
        }

        return result;
    }

    private static List<PackageVersion> ReadVersions(string packageName, JsonElement versions)
    {
        var result = new List<PackageVersion>();
        var index = 0;
        foreach (var entry in versions.EnumerateArray())
        {
            var where = $"{packageName} version #{index + 1}";
            if (entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("version", out var versionElement)
                || versionElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(versionElement.GetString()))
            {
                throw new FormatException($"{where} must be an object with a non-empty \"version\" string.");
            }

            var version = versionElement.GetString()!;
            if (result.Any(existing => existing.Version == version))
            {
                throw new FormatException($"{packageName} lists version '{version}' twice.");
            }

            var releasedAt = ReadReleasedAt(entry, where) ?? s_syntheticNewestRelease.AddDays(-7 * index);
            result.Add(new PackageVersion(
                version,
                ReadFlag(entry, "yanked", where),
                ReadFlag(entry, "deprecated", where),
                Rfc3339.Format(releasedAt)));
            index++;
        }

        return result;
    }

    private static bool ReadFlag(JsonElement entry, string name, string where)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"{where}: \"{name}\" must be true or false."),
        };
    }

    private static DateTimeOffset? ReadReleasedAt(JsonElement entry, string where)
    {
        if (!entry.TryGetProperty("released_at", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            throw new FormatException($"{where}: \"released_at\" must be an RFC 3339 timestamp such as 2025-01-01T00:00:00Z.");
        }

        return time;
    }
}
