namespace Cargoman.Consumers.Packages;

/// <summary>
/// Chooses the version that a customer's package grant is frozen to when the subscription ends.
/// </summary>
internal static class FreezeVersionSelector
{
    /// <summary>
    /// Returns the newest listed version that satisfies <paramref name="constraint"/> and is not yanked,
    /// exactly as listed, or null when no version qualifies.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="constraint"/> is not a valid Composer constraint.</exception>
    public static string? SelectNewest(string constraint, IEnumerable<PackageVersionInfo> availableVersions) =>
        SelectNewest(ComposerConstraint.Parse(constraint), availableVersions);

    /// <summary>
    /// Returns the newest listed version that satisfies <paramref name="constraint"/> and is not yanked,
    /// exactly as listed, or null when no version qualifies.
    /// </summary>
    /// <remarks>
    /// A version qualifies when its stability is within <see cref="ComposerConstraint.MinimumStability"/>, so
    /// <c>^1.0</c> never yields <c>1.1.0-beta1</c> but <c>^1.0@beta</c> can, as Composer decides under its
    /// default <c>minimum-stability: stable</c>. Deprecated versions qualify. Dev versions such as
    /// <c>2.x-dev</c> never qualify, even under <c>@dev</c>, and neither do entries that are no version, such as
    /// the branch <c>dev-main</c>, because a branch moves and cannot pin code. When two entries are the same
    /// version, such as <c>v1.0.0</c> and <c>1.0.0</c>, the first listed wins.
    /// </remarks>
    public static string? SelectNewest(ComposerConstraint constraint, IEnumerable<PackageVersionInfo> availableVersions)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        ArgumentNullException.ThrowIfNull(availableVersions);

        PackageVersionInfo? newest = null;
        ComposerVersion? newestVersion = null;
        foreach (var candidate in availableVersions)
        {
            if (candidate.Yanked || !ComposerVersion.TryParse(candidate.Version, out var version))
            {
                continue;
            }

            if (version.Stability == ComposerStability.Dev
                || version.Stability > constraint.MinimumStability
                || !constraint.IsSatisfiedBy(version))
            {
                continue;
            }

            if (newestVersion is null || version.CompareTo(newestVersion) > 0)
            {
                newest = candidate;
                newestVersion = version;
            }
        }

        return newest?.Version;
    }
}
