using System.Text.Json;
using System.Text.RegularExpressions;
using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Packages;

namespace Cargoman.Consumers.Mapping;

/// <summary>
/// Which Cargoman packages each Stripe price grants, parsed from the <c>STRIPE_PRICE_MAPPING</c> JSON.
/// </summary>
/// <remarks>
/// The JSON maps a price id to a list of packages. An entry is a package name, which grants every
/// version (constraint <c>*</c>), or an object <c>{"package": "vendor/addon", "constraint": "^1.0"}</c>.
/// </remarks>
internal sealed partial class PriceMapping
{
    private readonly Dictionary<string, IReadOnlyList<PackageGrant>> _grantsByPrice;

    private PriceMapping(Dictionary<string, IReadOnlyList<PackageGrant>> grantsByPrice)
    {
        _grantsByPrice = grantsByPrice;
    }

    public IReadOnlyCollection<string> PriceIds => _grantsByPrice.Keys;

    /// <summary>Returns the grants of one price, or null when the mapping does not name it.</summary>
    public IReadOnlyList<PackageGrant>? GrantsFor(string priceId) =>
        _grantsByPrice.TryGetValue(priceId, out var grants) ? grants : null;

    /// <exception cref="FormatException">The JSON is malformed; the message names the price and the entry.</exception>
    public static PriceMapping Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"is not valid JSON ({exception.Message})", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("must be a JSON object from Stripe price id to a list of packages, such as {\"price_basic\": [\"vendor/core\"]}");
            }

            var grantsByPrice = new Dictionary<string, IReadOnlyList<PackageGrant>>(StringComparer.Ordinal);
            foreach (var price in document.RootElement.EnumerateObject())
            {
                grantsByPrice[price.Name] = ParseGrants(price);
            }

            if (grantsByPrice.Count == 0)
            {
                throw new FormatException("maps no price: add at least one, such as {\"price_basic\": [\"vendor/core\"]}");
            }

            return new PriceMapping(grantsByPrice);
        }
    }

    private static List<PackageGrant> ParseGrants(JsonProperty price)
    {
        if (price.Value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"maps price '{price.Name}' to something that is not a list of packages");
        }

        var grants = new List<PackageGrant>();
        foreach (var entry in price.Value.EnumerateArray())
        {
            var grant = entry.ValueKind switch
            {
                JsonValueKind.String => new PackageGrant(entry.GetString()!, "*"),
                JsonValueKind.Object => ParseGrantObject(price.Name, entry),
                _ => throw new FormatException($"maps price '{price.Name}' to an entry that is neither a package name nor an object with package and constraint"),
            };

            if (!PackageName().IsMatch(grant.Package))
            {
                throw new FormatException($"maps price '{price.Name}' to '{grant.Package}', which is not a Composer package name (vendor/name in lower case)");
            }

            grants.Add(grant);
        }

        return grants;
    }

    private static PackageGrant ParseGrantObject(string priceId, JsonElement entry)
    {
        var package = entry.TryGetProperty("package", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        if (string.IsNullOrEmpty(package))
        {
            throw new FormatException($"maps price '{priceId}' to an object without a \"package\" name");
        }

        var constraint = entry.TryGetProperty("constraint", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : "*";
        constraint = string.IsNullOrWhiteSpace(constraint) ? "*" : constraint.Trim();
        try
        {
            _ = ComposerConstraint.Parse(constraint);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"maps price '{priceId}' to {package} with an invalid constraint: {exception.Message}", exception);
        }

        return new PackageGrant(package, constraint);
    }

    // Composer's rule for package names: lower-case vendor and project, separated by one slash.
    [GeneratedRegex("^[a-z0-9]([_.-]?[a-z0-9]+)*/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PackageName();
}
