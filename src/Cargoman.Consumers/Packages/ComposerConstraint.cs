using System.Text.RegularExpressions;

namespace Cargoman.Consumers.Packages;

/// <summary>
/// Composer version constraint such as <c>^1.2 || &gt;=2.0 &lt;2.5</c>, parsed with the rules of Composer 2
/// (composer/semver 3.x).
/// </summary>
/// <remarks>
/// Alternatives separated by <c>||</c> (or the deprecated <c>|</c>) are ORed, and terms separated by a space or
/// a comma inside an alternative are ANDed. A term is an exact version, a comparison (<c>=</c>, <c>==</c>,
/// <c>!=</c>, <c>&lt;&gt;</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>), a hyphen range, a wildcard,
/// a tilde or caret range, or a branch name such as <c>dev-main</c>, which no release satisfies. A term may end in
/// a stability flag such as <c>@beta</c>, and inline aliases (<c>as 1.0.0</c>) and commit references
/// (<c>#abc123</c>) are ignored.
/// </remarks>
internal sealed partial class ComposerConstraint
{
    private readonly VersionComparison[][] _alternatives;

    private ComposerConstraint(string text, VersionComparison[][] alternatives, ComposerStability minimumStability)
    {
        Text = text;
        _alternatives = alternatives;
        MinimumStability = minimumStability;
    }

    /// <summary>Constraint text as given to <see cref="Parse"/>.</summary>
    public string Text { get; }

    /// <summary>
    /// Least stable version that Composer would install for this constraint under its default
    /// <c>minimum-stability: stable</c>.
    /// </summary>
    /// <remarks>
    /// This is the least stable flag of the terms, so <c>^1.0@beta</c> gives <see cref="ComposerStability.Beta"/>.
    /// Without a flag, it is the least stable version named by a term without spaces, so <c>&gt;=2.0-RC1</c>
    /// gives <see cref="ComposerStability.ReleaseCandidate"/>. Otherwise it is <see cref="ComposerStability.Stable"/>.
    /// Composer's root package loader applies the same rule to a project's requirements.
    /// </remarks>
    public ComposerStability MinimumStability { get; }

    /// <summary>Parses a Composer constraint.</summary>
    /// <exception cref="FormatException">
    /// The constraint is empty, has an empty alternative, or has a term that is not a valid version or range.
    /// The message names the constraint and the term.
    /// </exception>
    public static ComposerConstraint Parse(string constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);

        var trimmed = constraint.Trim();
        if (trimmed.Length == 0)
        {
            throw InvalidConstraint(constraint, "the constraint is empty. Use a version or range such as ^1.2 or >=1.0 <2.0.");
        }

        var alternatives = new List<VersionComparison[]>();
        var terms = new List<string>();
        foreach (var alternative in OrSeparatorRegex().Split(trimmed))
        {
            if (alternative.Length == 0)
            {
                throw InvalidConstraint(constraint, "an alternative before or after a | or || separator is empty.");
            }

            var comparisons = new List<VersionComparison>();
            foreach (var term in AndSeparatorRegex().Split(alternative))
            {
                terms.Add(term);
                comparisons.AddRange(ConstraintTermParser.Parse(term, constraint));
            }

            alternatives.Add([.. comparisons]);
        }

        return new ComposerConstraint(constraint, [.. alternatives], MinimumStabilityOf(terms));
    }

    /// <summary>
    /// Returns whether <paramref name="version"/> lies in the range of the constraint, regardless of
    /// <see cref="MinimumStability"/>, so <c>^1.0</c> is satisfied by <c>1.1.0-beta1</c>.
    /// </summary>
    public bool IsSatisfiedBy(ComposerVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);

        foreach (var comparisons in _alternatives)
        {
            if (Array.TrueForAll(comparisons, comparison => comparison.IsSatisfiedBy(version)))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;

    internal static FormatException InvalidConstraint(string constraint, string reason) =>
        new($"Invalid version constraint \"{constraint}\": {reason}");

    private static ComposerStability MinimumStabilityOf(List<string> terms)
    {
        // Explicit flags win, and an explicit @stable also turns off the inference below.
        ComposerStability? explicitFlag = null;
        foreach (var term in terms)
        {
            var flag = ExplicitStabilityFlagRegex().Match(term);
            if (flag.Success)
            {
                var stability = StabilityFromName(flag.Groups["flag"].Value);
                explicitFlag = explicitFlag is { } previous && previous > stability ? previous : stability;
            }
        }

        if (explicitFlag is { } result)
        {
            return result;
        }

        var inferred = ComposerStability.Stable;
        foreach (var term in terms)
        {
            var alias = InlineAliasRegex().Match(term);
            var version = alias.Success ? alias.Groups["version"].Value : term;
            if (!SingleTokenRegex().IsMatch(version))
            {
                continue;
            }

            var stability = StabilityOfText(version);
            if (stability > inferred)
            {
                inferred = stability;
            }
        }

        return inferred;
    }

    // Stability that Composer's VersionParser::parseStability reads from the end of a version or term.
    private static ComposerStability StabilityOfText(string text)
    {
        var withoutReference = CommitReferenceRegex().Replace(text, "");
        if (withoutReference.StartsWith("dev-", StringComparison.Ordinal)
            || withoutReference.EndsWith("-dev", StringComparison.Ordinal))
        {
            return ComposerStability.Dev;
        }

        var modifier = TrailingModifierRegex().Match(withoutReference.ToLowerInvariant());
        if (modifier.Groups["dev"].Value.Length > 0)
        {
            return ComposerStability.Dev;
        }

        return modifier.Groups["stability"].Value switch
        {
            "beta" or "b" => ComposerStability.Beta,
            "alpha" or "a" => ComposerStability.Alpha,
            "rc" => ComposerStability.ReleaseCandidate,
            _ => ComposerStability.Stable,
        };
    }

    private static ComposerStability StabilityFromName(string name) => name.ToLowerInvariant() switch
    {
        "rc" => ComposerStability.ReleaseCandidate,
        "beta" => ComposerStability.Beta,
        "alpha" => ComposerStability.Alpha,
        "dev" => ComposerStability.Dev,
        _ => ComposerStability.Stable,
    };

    [GeneratedRegex(@"\s*\|\|?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex OrSeparatorRegex();

    // Splits at spaces and commas, except after an operator (">= 1.0"), around the hyphen of a range
    // ("1.0 - 2.0") and around an inline alias ("1.0.x-dev as 1.0.0").
    [GeneratedRegex(@"(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AndSeparatorRegex();

    [GeneratedRegex(@"^[^@]*?@(?<flag>stable|RC|beta|alpha|dev)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitStabilityFlagRegex();

    [GeneratedRegex(@"^(?<version>[^,\s@]+) as .+$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineAliasRegex();

    [GeneratedRegex(@"^[^,\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleTokenRegex();

    [GeneratedRegex("#.+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitReferenceRegex();

    [GeneratedRegex(ComposerVersion.ModifierPattern + @"(?:\+.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingModifierRegex();
}
