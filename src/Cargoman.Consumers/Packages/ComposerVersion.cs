using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cargoman.Consumers.Packages;

/// <summary>
/// Package version normalized as Composer 2 normalizes it (composer/semver 3.x) and ordered as PHP's
/// <c>version_compare</c> orders normalized versions.
/// </summary>
/// <remarks>
/// This type replaces <c>Semver.SemVersion</c> because Composer versions have up to four numeric parts,
/// date-based forms and patch releases such as <c>1.0.0-p1</c> that sort after <c>1.0.0</c>.
/// </remarks>
internal sealed partial class ComposerVersion : IComparable<ComposerVersion>, IEquatable<ComposerVersion>
{
    // Suffix after the numbers: a separator, a stability name with optional numbers, and an optional dev marker.
    // The constraint parser reuses it, as Composer does.
    internal const string ModifierPattern =
        @"[._-]?(?:(?<stability>stable|beta|b|RC|alpha|a|patch|pl|p)(?<stabilityNumber>(?:[.-]?[0-9]+)*))?(?<dev>[.-]?dev)?";

    // Composer's value for the x in a numeric branch name such as 2.x-dev.
    private const long BranchWildcardNumber = 9999999;

    private readonly Part[] _parts;

    private ComposerVersion(string normalized, Part[] parts)
    {
        Normalized = normalized;
        _parts = parts;
        Stability = StabilityOf(parts);
    }

    /// <summary>Composer's normalized form, such as <c>1.2.0.0-beta2</c> for <c>v1.2-b2</c>.</summary>
    public string Normalized { get; }

    public ComposerStability Stability { get; }

    /// <summary>
    /// Parses a version such as <c>1</c> to <c>1.2.3.4</c> with an optional <c>v</c> prefix, stability suffix
    /// (<c>-alpha1</c>, <c>-beta.2</c>, <c>-RC1</c>, <c>-p1</c>, <c>-dev</c>) and build metadata. Dates such as
    /// <c>2023-10-01</c> and numeric branches such as <c>2.x-dev</c> parse too.
    /// </summary>
    /// <exception cref="FormatException">
    /// The text is not a version, or it names a branch such as <c>dev-main</c>.
    /// </exception>
    public static ComposerVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return TryCreate(text, out var version, out var error) ? version : throw new FormatException(error);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ComposerVersion? version)
    {
        if (text is null)
        {
            version = null;
            return false;
        }

        return TryCreate(text, out version, out _);
    }

    /// <summary>
    /// Appends a stability suffix to the normalized form, as Composer appends <c>-dev</c> to the lower bound
    /// of <c>&gt;=1.0</c> so that the bound sorts before every pre-release of 1.0.0.
    /// </summary>
    public ComposerVersion WithSuffix(ComposerStability stability)
    {
        var (name, rank) = stability switch
        {
            ComposerStability.ReleaseCandidate => ("RC", PartRank.ReleaseCandidate),
            ComposerStability.Beta => ("beta", PartRank.Beta),
            ComposerStability.Alpha => ("alpha", PartRank.Alpha),
            ComposerStability.Dev => ("dev", PartRank.Dev),
            _ => throw new ArgumentOutOfRangeException(nameof(stability), stability, "Only an unstable stability has a suffix."),
        };

        return new ComposerVersion($"{Normalized}-{name}", [.. _parts, new Part(rank, 0)]);
    }

    /// <summary>
    /// Compares part by part like PHP's <c>version_compare</c>: numbers numerically, and otherwise by the rank
    /// dev &lt; alpha &lt; beta &lt; RC &lt; number &lt; patch.
    /// </summary>
    public int CompareTo(ComposerVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var commonLength = Math.Min(_parts.Length, other._parts.Length);
        for (var i = 0; i < commonLength; i++)
        {
            var result = _parts[i].CompareTo(other._parts[i]);
            if (result != 0)
            {
                return result;
            }
        }

        // With equal common parts, the next part of the longer version decides: a number makes it newer,
        // and a name counts as less or more than a number by its rank, so 1.0.0.0-beta < 1.0.0.0 < 1.0.0.0-patch.
        if (_parts.Length > commonLength)
        {
            return _parts[commonLength].CompareToMissing();
        }

        if (other._parts.Length > commonLength)
        {
            return -other._parts[commonLength].CompareToMissing();
        }

        return 0;
    }

    public bool Equals(ComposerVersion? other) => other is not null && _parts.AsSpan().SequenceEqual(other._parts);

    public override bool Equals(object? obj) => Equals(obj as ComposerVersion);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in _parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Normalized;

    private static bool TryCreate(
        string text,
        [NotNullWhen(true)] out ComposerVersion? version,
        [NotNullWhen(false)] out string? error)
    {
        version = null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "The version is empty.";
            return false;
        }

        if (IsBranchName(trimmed))
        {
            error = $"\"{trimmed}\" is a branch name, not a version.";
            return false;
        }

        var buildMetadata = BuildMetadataRegex().Match(trimmed);
        var withoutMetadata = buildMetadata.Success ? buildMetadata.Groups["version"].Value : trimmed;

        var numbered = ClassicalRegex().Match(withoutMetadata);
        if (!numbered.Success)
        {
            numbered = DateBasedRegex().Match(withoutMetadata);
        }

        if (numbered.Success)
        {
            return TryCreateNumbered(trimmed, numbered, out version, out error);
        }

        var branch = BranchSuffixRegex().Match(withoutMetadata);
        if (branch.Success)
        {
            var numericBranch = NumericBranchRegex().Match(branch.Groups["name"].Value);
            if (numericBranch.Success)
            {
                return TryCreateNumericBranch(trimmed, numericBranch, out version, out error);
            }
        }

        error = $"\"{trimmed}\" is not a valid Composer version. Use 1 to 4 dot-separated numbers with an "
            + "optional v prefix and stability suffix, such as 1.2.3, v2.0 or 1.0.0-beta2.";
        return false;
    }

    private static bool IsBranchName(string text) =>
        text.StartsWith("dev-", StringComparison.OrdinalIgnoreCase) || text is "master" or "trunk" or "default";

    private static bool TryCreateNumbered(
        string text,
        Match match,
        [NotNullWhen(true)] out ComposerVersion? version,
        [NotNullWhen(false)] out string? error)
    {
        var parts = new List<Part>();
        var normalized = new StringBuilder();

        if (match.Groups["date"].Success)
        {
            // Composer keeps the digit runs of a date-based version and joins them with dots.
            var date = match.Groups["date"].Value;
            normalized.Append(NonDigitRegex().Replace(date, "."));
            if (!TryAddNumbers(parts, date, text, out error))
            {
                version = null;
                return false;
            }
        }
        else
        {
            string[] groupNames = ["major", "minor", "patch", "revision"];
            foreach (var name in groupNames)
            {
                var digits = match.Groups[name].Success ? match.Groups[name].Value : "0";
                if (!TryParseNumber(digits, text, out var number, out error))
                {
                    version = null;
                    return false;
                }

                normalized.Append(normalized.Length == 0 ? "" : ".").Append(digits);
                parts.Add(new Part(PartRank.Number, number));
            }
        }

        var stability = match.Groups["stability"].Value.ToLowerInvariant();

        // Composer drops everything after an explicit "stable", including a dev marker.
        if (stability == "stable")
        {
            version = new ComposerVersion(normalized.ToString(), [.. parts]);
            error = null;
            return true;
        }

        if (stability.Length > 0)
        {
            var (name, rank) = ExpandStability(stability);
            var stabilityNumber = match.Groups["stabilityNumber"].Value;
            normalized.Append('-').Append(name).Append(stabilityNumber.TrimStart('.', '-'));
            parts.Add(new Part(rank, 0));
            if (!TryAddNumbers(parts, stabilityNumber, text, out error))
            {
                version = null;
                return false;
            }
        }

        if (match.Groups["dev"].Value.Length > 0)
        {
            normalized.Append("-dev");
            parts.Add(new Part(PartRank.Dev, 0));
        }

        version = new ComposerVersion(normalized.ToString(), [.. parts]);
        error = null;
        return true;
    }

    private static bool TryCreateNumericBranch(
        string text,
        Match match,
        [NotNullWhen(true)] out ComposerVersion? version,
        [NotNullWhen(false)] out string? error)
    {
        var parts = new List<Part>();
        var normalized = new StringBuilder();

        string[] groupNames = ["major", "minor", "patch", "revision"];
        foreach (var name in groupNames)
        {
            var digits = match.Groups[name].Value;
            if (digits.Length == 0 || !char.IsAsciiDigit(digits[0]))
            {
                digits = BranchWildcardNumber.ToString(CultureInfo.InvariantCulture);
            }

            if (!TryParseNumber(digits, text, out var number, out error))
            {
                version = null;
                return false;
            }

            normalized.Append(normalized.Length == 0 ? "" : ".").Append(digits);
            parts.Add(new Part(PartRank.Number, number));
        }

        normalized.Append("-dev");
        parts.Add(new Part(PartRank.Dev, 0));

        version = new ComposerVersion(normalized.ToString(), [.. parts]);
        error = null;
        return true;
    }

    private static (string Name, PartRank Rank) ExpandStability(string lowerCaseStability) => lowerCaseStability switch
    {
        "a" or "alpha" => ("alpha", PartRank.Alpha),
        "b" or "beta" => ("beta", PartRank.Beta),
        "rc" => ("RC", PartRank.ReleaseCandidate),
        _ => ("patch", PartRank.Patch),
    };

    private static bool TryAddNumbers(List<Part> parts, string text, string version, [NotNullWhen(false)] out string? error)
    {
        foreach (var digits in DigitRunRegex().EnumerateMatches(text))
        {
            if (!TryParseNumber(text.Substring(digits.Index, digits.Length), version, out var number, out error))
            {
                return false;
            }

            parts.Add(new Part(PartRank.Number, number));
        }

        error = null;
        return true;
    }

    private static bool TryParseNumber(string digits, string version, out long number, [NotNullWhen(false)] out string? error)
    {
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            error = null;
            return true;
        }

        error = $"\"{version}\" has the number {digits}, which is larger than {long.MaxValue}.";
        return false;
    }

    private static ComposerStability StabilityOf(Part[] parts)
    {
        // Composer takes the stability from the last name in the version, and a patch counts as stable.
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            switch (parts[i].Rank)
            {
                case PartRank.Dev:
                    return ComposerStability.Dev;
                case PartRank.Alpha:
                    return ComposerStability.Alpha;
                case PartRank.Beta:
                    return ComposerStability.Beta;
                case PartRank.ReleaseCandidate:
                    return ComposerStability.ReleaseCandidate;
                case PartRank.Patch:
                    return ComposerStability.Stable;
                case PartRank.Number:
                default:
                    continue;
            }
        }

        return ComposerStability.Stable;
    }

    [GeneratedRegex(@"^(?<version>[^,\s+]+)\+\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex BuildMetadataRegex();

    [GeneratedRegex(
        @"^v?(?<major>[0-9]{1,5})(?:\.(?<minor>[0-9]+))?(?:\.(?<patch>[0-9]+))?(?:\.(?<revision>[0-9]+))?" + ModifierPattern + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassicalRegex();

    [GeneratedRegex(
        @"^v?(?<date>[0-9]{4}(?:[.:-]?[0-9]{2}){1,6}(?:[.:-]?[0-9]{1,3}){0,2})" + ModifierPattern + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateBasedRegex();

    [GeneratedRegex(@"^(?<name>.*?)[.-]?dev$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BranchSuffixRegex();

    [GeneratedRegex(
        @"^v?(?<major>[0-9]+)(?:\.(?<minor>[0-9]+|[x*]))?(?:\.(?<patch>[0-9]+|[x*]))?(?:\.(?<revision>[0-9]+|[x*]))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericBranchRegex();

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRunRegex();

    [GeneratedRegex("[^0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NonDigitRegex();

    /// <summary>Rank of a part in PHP's <c>version_compare</c>, where any number ranks between RC and patch.</summary>
    private enum PartRank
    {
        Dev,
        Alpha,
        Beta,
        ReleaseCandidate,
        Number,
        Patch,
    }

    /// <summary>One number or stability name of a normalized version. <see cref="Number"/> is 0 for a name.</summary>
    private readonly record struct Part(PartRank Rank, long Number)
    {
        public int CompareTo(Part other) =>
            Rank == PartRank.Number && other.Rank == PartRank.Number
                ? Number.CompareTo(other.Number)
                : Rank.CompareTo(other.Rank);

        /// <summary>Compares this part with the absent part of a shorter version.</summary>
        public int CompareToMissing() => Rank == PartRank.Number ? 1 : Rank.CompareTo(PartRank.Number);
    }
}
