using Cargoman.Consumers.Packages;

namespace Cargoman.Consumers.Tests.Packages;

public sealed class FreezeVersionSelectorTests
{
    [Fact]
    public void SelectNewest_SeveralMatches_ReturnsNewest()
    {
        var versions = Releases("1.0.0", "1.2.0", "1.1.5", "2.0.0");

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal("1.2.0", selected);
    }

    [Fact]
    public void SelectNewest_NewestFirstInList_ReturnsNewest()
    {
        var versions = Releases("1.9.0", "1.10.0", "1.2.0");

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal("1.10.0", selected);
    }

    [Fact]
    public void SelectNewest_NewestYanked_ReturnsNewestNotYanked()
    {
        PackageVersionInfo[] versions = [Release("1.0.0"), Release("1.1.0"), Yanked("1.2.0")];

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal("1.1.0", selected);
    }

    [Fact]
    public void SelectNewest_AllMatchesYanked_ReturnsNull()
    {
        PackageVersionInfo[] versions = [Yanked("1.0.0"), Yanked("1.1.0"), Release("2.0.0")];

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Null(selected);
    }

    [Fact]
    public void SelectNewest_NewestDeprecated_ReturnsDeprecated()
    {
        PackageVersionInfo[] versions = [Release("1.0.0"), Deprecated("1.1.0")];

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal("1.1.0", selected);
    }

    [Fact]
    public void SelectNewest_PlainConstraint_SkipsPreRelease()
    {
        var versions = Releases("1.0.0", "1.1.0-beta1", "1.1.0-RC1", "1.1.0-alpha1");

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal("1.0.0", selected);
    }

    [Fact]
    public void SelectNewest_OnlyPreReleases_ReturnsNull()
    {
        var versions = Releases("2.0.0-alpha1", "2.0.0-beta1");

        var selected = FreezeVersionSelector.SelectNewest(">=2.0", versions);

        Assert.Null(selected);
    }

    [Fact]
    public void SelectNewest_PreReleaseConstraint_ReturnsPreRelease()
    {
        var versions = Releases("1.9.0", "2.0.0-beta1", "2.0.0-beta2", "2.0.0-alpha3");

        var selected = FreezeVersionSelector.SelectNewest(">=2.0-beta1", versions);

        Assert.Equal("2.0.0-beta2", selected);
    }

    [Fact]
    public void SelectNewest_BetaConstraint_SkipsAlpha()
    {
        var versions = Releases("2.0.0-beta1", "2.1.0-alpha1");

        var selected = FreezeVersionSelector.SelectNewest("^2.0.0-beta1", versions);

        Assert.Equal("2.0.0-beta1", selected);
    }

    [Fact]
    public void SelectNewest_ExactPreRelease_ReturnsIt()
    {
        var versions = Releases("2.0.0-RC1", "2.0.0");

        var selected = FreezeVersionSelector.SelectNewest("2.0.0-RC1", versions);

        Assert.Equal("2.0.0-RC1", selected);
    }

    [Fact]
    public void SelectNewest_BetaFlag_PrefersNewerBeta()
    {
        var versions = Releases("1.0.0", "1.1.0-beta1");

        var selected = FreezeVersionSelector.SelectNewest("^1.0@beta", versions);

        Assert.Equal("1.1.0-beta1", selected);
    }

    [Fact]
    public void SelectNewest_BetaFlag_SkipsAlpha()
    {
        var versions = Releases("1.0.0", "1.1.0-alpha1");

        var selected = FreezeVersionSelector.SelectNewest("^1.0@beta", versions);

        Assert.Equal("1.0.0", selected);
    }

    [Fact]
    public void SelectNewest_DevFlag_SkipsBranches()
    {
        var versions = Releases("1.0.0", "1.x-dev", "1.1.0-dev", "dev-main");

        var selected = FreezeVersionSelector.SelectNewest("^1.0@dev", versions);

        Assert.Equal("1.0.0", selected);
    }

    [Fact]
    public void SelectNewest_DevFlag_AllowsAlpha()
    {
        var versions = Releases("1.0.0", "1.1.0-alpha1");

        var selected = FreezeVersionSelector.SelectNewest("^1.0@dev", versions);

        Assert.Equal("1.1.0-alpha1", selected);
    }

    [Fact]
    public void SelectNewest_NothingMatches_ReturnsNull()
    {
        var versions = Releases("1.0.0", "2.0.0");

        var selected = FreezeVersionSelector.SelectNewest("^3.0", versions);

        Assert.Null(selected);
    }

    [Fact]
    public void SelectNewest_EmptyList_ReturnsNull()
    {
        var selected = FreezeVersionSelector.SelectNewest("*", []);

        Assert.Null(selected);
    }

    [Fact]
    public void SelectNewest_UnparseableVersions_AreSkipped()
    {
        var versions = Releases("dev-main", "dev-feature/login", "not-a-version", "1.0.0", "", "master");

        var selected = FreezeVersionSelector.SelectNewest("*", versions);

        Assert.Equal("1.0.0", selected);
    }

    [Fact]
    public void SelectNewest_OnlyBranches_ReturnsNull()
    {
        var versions = Releases("dev-main", "2.x-dev", "dev-2.0");

        var selected = FreezeVersionSelector.SelectNewest("*", versions);

        Assert.Null(selected);
    }

    [Fact]
    public void SelectNewest_NullVersionString_IsSkipped()
    {
        PackageVersionInfo[] versions = [new(null!, Yanked: false, Deprecated: false), Release("1.0.0")];

        var selected = FreezeVersionSelector.SelectNewest("*", versions);

        Assert.Equal("1.0.0", selected);
    }

    [Fact]
    public void SelectNewest_BranchConstraint_ReturnsNull()
    {
        var versions = Releases("dev-main", "1.0.0");

        var selected = FreezeVersionSelector.SelectNewest("dev-main", versions);

        Assert.Null(selected);
    }

    [Fact]
    public void SelectNewest_VPrefixedVersions_ReturnsVersionAsListed()
    {
        var versions = Releases("v1.0.0", "v1.2.0", "v2.0.0");

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal("v1.2.0", selected);
    }

    [Theory]
    [InlineData("v1.2.0", "1.2.0")]
    [InlineData("1.2.0", "v1.2.0")]
    [InlineData("1.2", "1.2.0.0")]
    public void SelectNewest_SameVersionListedTwice_ReturnsFirstListed(string first, string second)
    {
        var versions = Releases("1.1.0", first, second);

        var selected = FreezeVersionSelector.SelectNewest("^1.0", versions);

        Assert.Equal(first, selected);
    }

    [Fact]
    public void SelectNewest_FourPartVersions_ReturnsNewest()
    {
        var versions = Releases("2.5.0", "2.5.0.2", "2.5.0.1", "2.6.0");

        var selected = FreezeVersionSelector.SelectNewest("~2.5.0", versions);

        Assert.Equal("2.5.0.2", selected);
    }

    [Fact]
    public void SelectNewest_PatchRelease_ReturnsPatch()
    {
        var versions = Releases("2.0.0", "2.0.0-p1");

        var selected = FreezeVersionSelector.SelectNewest("^2.0", versions);

        Assert.Equal("2.0.0-p1", selected);
    }

    [Fact]
    public void SelectNewest_ZeroMajorCaret_StaysInMinor()
    {
        var versions = Releases("0.3.0", "0.3.5", "0.4.0");

        var selected = FreezeVersionSelector.SelectNewest("^0.3", versions);

        Assert.Equal("0.3.5", selected);
    }

    [Fact]
    public void SelectNewest_OrConstraint_ReturnsNewest()
    {
        var versions = Releases("1.5.0", "2.0.0", "3.1.0", "4.0.0");

        var selected = FreezeVersionSelector.SelectNewest("^1.0 || ^3.0", versions);

        Assert.Equal("3.1.0", selected);
    }

    [Fact]
    public void SelectNewest_HyphenRange_IncludesUpperSeries()
    {
        var versions = Releases("1.0.0", "2.0.7", "2.1.0");

        var selected = FreezeVersionSelector.SelectNewest("1.0 - 2.0", versions);

        Assert.Equal("2.0.7", selected);
    }

    [Fact]
    public void SelectNewest_ParsedConstraint_ReturnsNewest()
    {
        var constraint = ComposerConstraint.Parse(">=1.0 <2.0");

        var selected = FreezeVersionSelector.SelectNewest(constraint, Releases("1.0.0", "1.9.9", "2.0.0"));

        Assert.Equal("1.9.9", selected);
    }

    [Fact]
    public void SelectNewest_InvalidConstraint_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => FreezeVersionSelector.SelectNewest("^1.0 ||", Releases("1.0.0")));
    }

    [Fact]
    public void SelectNewest_NullList_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FreezeVersionSelector.SelectNewest("^1.0", null!));
    }

    private static PackageVersionInfo Release(string version) => new(version, Yanked: false, Deprecated: false);

    private static PackageVersionInfo Yanked(string version) => new(version, Yanked: true, Deprecated: false);

    private static PackageVersionInfo Deprecated(string version) => new(version, Yanked: false, Deprecated: true);

    private static PackageVersionInfo[] Releases(params string[] versions) => [.. versions.Select(Release)];
}
