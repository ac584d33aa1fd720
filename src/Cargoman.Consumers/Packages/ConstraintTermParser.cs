using System.Globalization;
using System.Text.RegularExpressions;

namespace Cargoman.Consumers.Packages;

/// <summary>
/// Parses one term of a Composer constraint, the text between AND separators such as <c>^1.2</c> or
/// <c>1.0 - 2.0</c>, into comparisons that must all hold.
/// </summary>
/// <remarks>
/// The rules follow <c>VersionParser::parseConstraint</c> of composer/semver 3.x, including its bounds with a
/// <c>-dev</c> suffix: <c>^1.2</c> becomes <c>&gt;=1.2.0.0-dev &lt;2.0.0.0-dev</c>, so pre-releases of 1.2.0
/// satisfy it and pre-releases of 2.0.0 do not.
/// </remarks>
internal static partial class ConstraintTermParser
{
    // A version inside a range: up to four numbers, then a stability suffix or a branch suffix such as .x-dev,
    // then optional build metadata.
    private const string RangeVersionPattern =
        @"^v?(?<major>[0-9]+)(?:\.(?<minor>[0-9]+))?(?:\.(?<patch>[0-9]+))?(?:\.(?<revision>[0-9]+))?"
        + "(?:" + ComposerVersion.ModifierPattern + @"|\.(?<branch>[x*][.-]?dev))(?:\+\S+)?$";

    private const string DevSuffix = "-dev";

    /// <summary>Returns the comparisons of <paramref name="term"/>. An empty list admits every version.</summary>
    /// <exception cref="FormatException">The term is invalid. The message names <paramref name="constraint"/>.</exception>
    public static IReadOnlyList<VersionComparison> Parse(string term, string constraint)
    {
        var text = term;

        // An inline alias such as "1.0.x-dev as 1.0.0" constrains by its first version.
        var alias = InlineAliasRegex().Match(text);
        if (alias.Success)
        {
            text = alias.Groups["version"].Value;
        }

        ComposerStability? stabilityFlag = null;
        var flag = StabilityFlagRegex().Match(text);
        if (flag.Success)
        {
            text = flag.Groups["version"].Value.Length > 0 ? flag.Groups["version"].Value : "*";
            stabilityFlag = ParseStabilityFlag(flag.Groups["flag"].Value);
        }

        // A commit reference such as dev-main#abc123 pins a commit for Composer only.
        var reference = CommitReferenceRegex().Match(text);
        if (reference.Success)
        {
            text = reference.Groups["branch"].Value;
        }

        if (AnyVersionRegex().IsMatch(text))
        {
            return [];
        }

        if (text.StartsWith('~'))
        {
            var tilde = RangeVersionRegex().Match(text.StartsWith("~>", StringComparison.Ordinal) ? text[2..] : text[1..]);
            if (tilde.Success)
            {
                if (text.StartsWith("~>", StringComparison.Ordinal))
                {
                    throw ComposerConstraint.InvalidConstraint(
                        constraint,
                        $"\"{term}\" uses the operator ~>, which Composer does not have. Use ~{text[2..]} for a tilde range.");
                }

                return ParseTilde(tilde, text[1..], term, constraint);
            }
        }

        if (text.StartsWith('^'))
        {
            var caret = RangeVersionRegex().Match(text[1..]);
            if (caret.Success)
            {
                return ParseCaret(caret, text[1..], term, constraint);
            }
        }

        var wildcard = WildcardRegex().Match(text);
        if (wildcard.Success)
        {
            return ParseWildcard(wildcard, term, constraint);
        }

        var hyphen = HyphenRangeRegex().Match(text);
        if (hyphen.Success)
        {
            var from = RangeVersionRegex().Match(hyphen.Groups["from"].Value);
            var to = RangeVersionRegex().Match(hyphen.Groups["to"].Value);
            if (from.Success && to.Success)
            {
                return ParseHyphen(from, to, term, constraint);
            }
        }

        return [ParseComparison(text, stabilityFlag, term, constraint)];
    }

    // ~1.2 is >=1.2 <2.0 and ~1.2.3 is >=1.2.3 <1.3.0, so the last given number may grow. ~1 is the same as ~1.0.
    private static VersionComparison[] ParseTilde(Match match, string versionText, string term, string constraint)
    {
        var position = LastGivenPosition(match);
        if (match.Groups["branch"].Value.Length > 0)
        {
            position++;
        }

        var lower = ParseBound(versionText + (HasStabilitySuffix(match) ? "" : DevSuffix), term, constraint);
        var upper = ParseBound(Increment(match, Math.Max(1, position - 1), term, constraint) + DevSuffix, term, constraint);

        return
        [
            VersionComparison.ForVersion(ComparisonOperator.GreaterThanOrEqual, lower),
            VersionComparison.ForVersion(ComparisonOperator.LessThan, upper),
        ];
    }

    // ^1.2.3 is >=1.2.3 <2.0.0, ^0.3 is >=0.3.0 <0.4.0 and ^0.0.3 is >=0.0.3 <0.0.4, so the leftmost
    // non-zero number of major, minor and patch stays fixed.
    private static VersionComparison[] ParseCaret(Match match, string versionText, string term, string constraint)
    {
        var minor = match.Groups["minor"].Value;
        var position = match.Groups["major"].Value != "0" || minor.Length == 0
            ? 1
            : minor != "0" || match.Groups["patch"].Value.Length == 0 ? 2 : 3;

        var lower = ParseBound(versionText + (HasStabilitySuffix(match) ? "" : DevSuffix), term, constraint);
        var upper = ParseBound(Increment(match, position, term, constraint) + DevSuffix, term, constraint);

        return
        [
            VersionComparison.ForVersion(ComparisonOperator.GreaterThanOrEqual, lower),
            VersionComparison.ForVersion(ComparisonOperator.LessThan, upper),
        ];
    }

    // 1.2.* and 1.2.x are >=1.2.0.0-dev <1.3.0.0-dev.
    private static VersionComparison[] ParseWildcard(Match match, string term, string constraint)
    {
        var position = LastGivenPosition(match);
        var lower = ParseBound(Pad(match, position) + DevSuffix, term, constraint);
        var upper = ParseBound(Increment(match, position, term, constraint) + DevSuffix, term, constraint);

        var upperComparison = VersionComparison.ForVersion(ComparisonOperator.LessThan, upper);
        if (lower.Normalized == "0.0.0.0-dev")
        {
            return [upperComparison];
        }

        return [VersionComparison.ForVersion(ComparisonOperator.GreaterThanOrEqual, lower), upperComparison];
    }

    // 1.0 - 2.0 is inclusive. A partial upper bound admits its whole series, so it is >=1.0.0.0-dev <2.1.0.0-dev,
    // while 1.0.0 - 2.1.0 is >=1.0.0.0-dev <=2.1.0.0.
    private static VersionComparison[] ParseHyphen(Match from, Match to, string term, string constraint)
    {
        var lower = ParseBound(from.Value, term, constraint);
        if (!HasStabilitySuffix(from))
        {
            lower = lower.WithSuffix(ComposerStability.Dev);
        }

        var lowerComparison = VersionComparison.ForVersion(ComparisonOperator.GreaterThanOrEqual, lower);
        var upperExact = ParseBound(to.Value, term, constraint);

        var toHasMinor = to.Groups["minor"].Value.Length > 0;
        if ((toHasMinor && to.Groups["patch"].Value.Length > 0) || HasStabilitySuffix(to))
        {
            return [lowerComparison, VersionComparison.ForVersion(ComparisonOperator.LessThanOrEqual, upperExact)];
        }

        var upper = ParseBound(Increment(to, toHasMinor ? 2 : 1, term, constraint) + DevSuffix, term, constraint);
        return [lowerComparison, VersionComparison.ForVersion(ComparisonOperator.LessThan, upper)];
    }

    // An operator (or none, meaning =) followed by a version or a branch name.
    private static VersionComparison ParseComparison(
        string text,
        ComposerStability? stabilityFlag,
        string term,
        string constraint)
    {
        var match = ComparisonRegex().Match(text);
        var versionText = match.Groups["version"].Value;
        var comparisonOperator = match.Groups["operator"].Value switch
        {
            "" or "=" or "==" => ComparisonOperator.Equal,
            "!=" or "<>" => ComparisonOperator.NotEqual,
            "<" => ComparisonOperator.LessThan,
            "<=" => ComparisonOperator.LessThanOrEqual,
            ">" => ComparisonOperator.GreaterThan,
            _ => ComparisonOperator.GreaterThanOrEqual,
        };

        if (versionText.StartsWith("dev-", StringComparison.OrdinalIgnoreCase))
        {
            return VersionComparison.ForBranch(comparisonOperator, "dev-" + versionText[4..]);
        }

        if (versionText is "master" or "trunk" or "default")
        {
            return VersionComparison.ForBranch(comparisonOperator, "dev-" + versionText);
        }

        if (!ComposerVersion.TryParse(versionText, out var version))
        {
            // Composer reads a name such as feature-dev as the branch dev-feature.
            if (versionText.EndsWith(DevSuffix, StringComparison.Ordinal) && BranchNameRegex().IsMatch(versionText))
            {
                return VersionComparison.ForBranch(comparisonOperator, "dev-" + versionText[..^DevSuffix.Length]);
            }

            throw InvalidTerm(text, term, constraint);
        }

        if (comparisonOperator != ComparisonOperator.Equal && stabilityFlag is { } flag && version.Stability == ComposerStability.Stable)
        {
            // >=1.0@beta becomes >=1.0.0.0-beta, so betas of 1.0.0 satisfy it.
            version = version.WithSuffix(flag);
        }
        else if (comparisonOperator is ComparisonOperator.LessThan or ComparisonOperator.GreaterThanOrEqual
            && !HyphenModifierAtEndRegex().IsMatch(versionText.ToLowerInvariant()))
        {
            // >=1.2 becomes >=1.2.0.0-dev and <2.0 becomes <2.0.0.0-dev, so a bound without a stability suffix
            // admits pre-releases of its lower end and excludes those of its upper end.
            version = version.WithSuffix(ComposerStability.Dev);
        }

        return VersionComparison.ForVersion(comparisonOperator, version);
    }

    private static bool HasStabilitySuffix(Match match) =>
        match.Groups["stability"].Value.Length > 0
        || match.Groups["dev"].Value.Length > 0
        || match.Groups["branch"].Value.Length > 0;

    // Position of the last number given: 1 for the major version up to 4 for the fourth number.
    private static int LastGivenPosition(Match match)
    {
        if (match.Groups["revision"].Value.Length > 0)
        {
            return 4;
        }

        if (match.Groups["patch"].Value.Length > 0)
        {
            return 3;
        }

        return match.Groups["minor"].Value.Length > 0 ? 2 : 1;
    }

    // Keeps the numbers up to position and sets the later ones to 0, so 1.2 at position 1 becomes 1.0.0.0.
    private static string Pad(Match match, int position) => string.Join('.', NumberTexts(match, position));

    // Adds 1 to the number at position and sets the later ones to 0, so 1.2.3 at position 2 becomes 1.3.0.0.
    private static string Increment(Match match, int position, string term, string constraint)
    {
        var numbers = NumberTexts(match, position);
        if (!long.TryParse(numbers[position - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number == long.MaxValue)
        {
            throw ComposerConstraint.InvalidConstraint(constraint, $"\"{term}\" has a number too large to compare.");
        }

        numbers[position - 1] = (number + 1).ToString(CultureInfo.InvariantCulture);
        return string.Join('.', numbers);
    }

    private static string[] NumberTexts(Match match, int position)
    {
        string[] groupNames = ["major", "minor", "patch", "revision"];
        var numbers = new string[groupNames.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i < position ? match.Groups[groupNames[i]].Value : "0";
        }

        return numbers;
    }

    private static ComposerVersion ParseBound(string versionText, string term, string constraint) =>
        ComposerVersion.TryParse(versionText, out var version) ? version : throw InvalidTerm(versionText, term, constraint);

    private static ComposerStability? ParseStabilityFlag(string flag) => flag.ToLowerInvariant() switch
    {
        "rc" => ComposerStability.ReleaseCandidate,
        "beta" => ComposerStability.Beta,
        "alpha" => ComposerStability.Alpha,
        "dev" => ComposerStability.Dev,
        _ => null,
    };

    private static FormatException InvalidTerm(string text, string term, string constraint)
    {
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return ComposerConstraint.InvalidConstraint(
                constraint,
                $"\"{term}\" has an unknown stability flag. Use @stable, @RC, @beta, @alpha or @dev.");
        }

        return ComposerConstraint.InvalidConstraint(
            constraint,
            $"\"{term}\" is not a valid version or range. Use a form such as 1.2.3, ^1.2, ~1.2, 1.2.*, >=1.0 <2.0 or 1.0 - 2.0.");
    }

    [GeneratedRegex(@"^(?<version>[^,\s]+) +as +[^,\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineAliasRegex();

    [GeneratedRegex(@"^(?<version>[^,\s]*?)@(?<flag>stable|RC|beta|alpha|dev)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StabilityFlagRegex();

    [GeneratedRegex(@"^(?<branch>dev-[^,\s@]+?|[^,\s@]+?\.x-dev)#.+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitReferenceRegex();

    // *, x, v*, *.* and similar admit every version.
    [GeneratedRegex(@"^v?[x*](?:\.[x*])*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyVersionRegex();

    [GeneratedRegex(RangeVersionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeVersionRegex();

    // Composer matches the v prefix of a wildcard case-sensitively, so V1.* is invalid.
    [GeneratedRegex(@"^v?(?<major>[0-9]+)(?:\.(?<minor>[0-9]+))?(?:\.(?<patch>[0-9]+))?(?:\.[xX*])+$", RegexOptions.CultureInvariant)]
    private static partial Regex WildcardRegex();

    [GeneratedRegex(@"^(?<from>\S+) +- +(?<to>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenRangeRegex();

    [GeneratedRegex(@"^(?<operator><>|!=|>=?|<=?|==?)?\s*(?<version>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonRegex();

    [GeneratedRegex("^[0-9a-zA-Z./-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BranchNameRegex();

    // NOTE: Composer runs this check on lower-cased text with a case-sensitive RC, so <1.0-RC1 also gets the
    // -dev suffix. It is kept for identical results, and only -dev versions can tell the difference.
    [GeneratedRegex("-" + ComposerVersion.ModifierPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenModifierAtEndRegex();
}
