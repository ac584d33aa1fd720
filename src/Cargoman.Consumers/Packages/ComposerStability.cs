namespace Cargoman.Consumers.Packages;

/// <summary>
/// Composer stability of a version, ordered from most to least stable as in Composer's
/// <c>minimum-stability</c> setting.
/// </summary>
internal enum ComposerStability
{
    /// <summary>A release, including patch releases such as <c>1.0.0-p1</c>.</summary>
    Stable,

    /// <summary>A release candidate such as <c>1.0.0-RC1</c>.</summary>
    ReleaseCandidate,

    /// <summary>A beta such as <c>1.0.0-beta2</c> or <c>1.0.0-b2</c>.</summary>
    Beta,

    /// <summary>An alpha such as <c>1.0.0-alpha1</c> or <c>1.0.0-a1</c>.</summary>
    Alpha,

    /// <summary>A development version such as <c>1.0.0-dev</c> or the branch <c>2.x-dev</c>.</summary>
    Dev,
}
