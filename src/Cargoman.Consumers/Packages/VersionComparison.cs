namespace Cargoman.Consumers.Packages;

/// <summary>
/// One comparison of a parsed Composer constraint, such as <c>&gt;=1.2.0.0-dev</c>, against a version or
/// against a branch name such as <c>dev-main</c>.
/// </summary>
internal sealed class VersionComparison
{
    private VersionComparison(ComparisonOperator comparisonOperator, ComposerVersion? version, string? branch)
    {
        Operator = comparisonOperator;
        Version = version;
        Branch = branch;
    }

    public ComparisonOperator Operator { get; }

    /// <summary>Version compared against, or null when the comparison names a branch.</summary>
    public ComposerVersion? Version { get; }

    /// <summary>Branch name such as <c>dev-main</c>, or null when the comparison names a version.</summary>
    public string? Branch { get; }

    public static VersionComparison ForVersion(ComparisonOperator comparisonOperator, ComposerVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);

        return new VersionComparison(comparisonOperator, version, branch: null);
    }

    public static VersionComparison ForBranch(ComparisonOperator comparisonOperator, string branch)
    {
        ArgumentException.ThrowIfNullOrEmpty(branch);

        return new VersionComparison(comparisonOperator, version: null, branch);
    }

    public bool IsSatisfiedBy(ComposerVersion candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);

        if (Version is null)
        {
            // Composer never orders a version against a named branch, so only != holds.
            return Operator == ComparisonOperator.NotEqual;
        }

        var order = candidate.CompareTo(Version);
        return Operator switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.NotEqual => order != 0,
            ComparisonOperator.LessThan => order < 0,
            ComparisonOperator.LessThanOrEqual => order <= 0,
            ComparisonOperator.GreaterThan => order > 0,
            ComparisonOperator.GreaterThanOrEqual => order >= 0,
            _ => throw new InvalidOperationException($"Unknown comparison operator {Operator}."),
        };
    }

    public override string ToString()
    {
        var symbol = Operator switch
        {
            ComparisonOperator.Equal => "==",
            ComparisonOperator.NotEqual => "!=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            _ => Operator.ToString(),
        };

        return symbol + (Version?.Normalized ?? Branch);
    }
}
