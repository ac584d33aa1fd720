using Cargoman.Consumers.Packages;

namespace Cargoman.Consumers.Tests.Packages;

public sealed class ComposerVersionTests
{
    [Theory]
    [InlineData("1", "1.0.0.0")]
    [InlineData("1.2", "1.2.0.0")]
    [InlineData("1.2.3", "1.2.3.0")]
    [InlineData("2.5.0.1", "2.5.0.1")]
    [InlineData("v1.2.3", "1.2.3.0")]
    [InlineData("V1.2.3", "1.2.3.0")]
    [InlineData(" 1.2.3 ", "1.2.3.0")]
    [InlineData("1.0.0-alpha1", "1.0.0.0-alpha1")]
    [InlineData("1.0.0-a1", "1.0.0.0-alpha1")]
    [InlineData("1.0.0-beta.2", "1.0.0.0-beta2")]
    [InlineData("1.0.0-b2", "1.0.0.0-beta2")]
    [InlineData("1.0.0-BETA2", "1.0.0.0-beta2")]
    [InlineData("1.0beta2", "1.0.0.0-beta2")]
    [InlineData("1.0.0_beta2", "1.0.0.0-beta2")]
    [InlineData("1.0.0-RC1", "1.0.0.0-RC1")]
    [InlineData("1.0.0-rc1", "1.0.0.0-RC1")]
    [InlineData("1.0.0-p1", "1.0.0.0-patch1")]
    [InlineData("1.0.0-pl1", "1.0.0.0-patch1")]
    [InlineData("1.0.0-patch1", "1.0.0.0-patch1")]
    [InlineData("1.0.0-dev", "1.0.0.0-dev")]
    [InlineData("1.0.0-beta2-dev", "1.0.0.0-beta2-dev")]
    [InlineData("1.0.0-stable", "1.0.0.0")]
    [InlineData("1.0.0+build.5", "1.0.0.0")]
    [InlineData("1.0.0-beta1+build.5", "1.0.0.0-beta1")]
    [InlineData("2023-10-01", "2023.10.01")]
    [InlineData("2023.10.01", "2023.10.01.0")]
    [InlineData("v20100102", "20100102")]
    [InlineData("20150920.0.0", "20150920.0.0")]
    [InlineData("20100102-203040-p1", "20100102.203040-patch1")]
    [InlineData("1.0.0RC1dev", "1.0.0.0-RC1-dev")]
    [InlineData("1.0.0.RC.15-dev", "1.0.0.0-RC15-dev")]
    [InlineData("1.0.0-alpha-2.1-3+foo", "1.0.0.0-alpha2.1-3")]
    [InlineData("2.x-dev", "2.9999999.9999999.9999999-dev")]
    [InlineData("v1.2.x-dev", "1.2.9999999.9999999-dev")]
    public void Parse_ValidVersion_ReturnsComposerNormalizedForm(string text, string expected)
    {
        var version = ComposerVersion.Parse(text);

        Assert.Equal(expected, version.Normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1..2")]
    [InlineData("1.0.0-gamma")]
    [InlineData("1.2.x")]
    [InlineData("^1.0")]
    [InlineData("dev-main")]
    [InlineData("DEV-main")]
    [InlineData("master")]
    [InlineData("feature-dev")]
    [InlineData("1.99999999999999999999")]
    public void Parse_InvalidVersion_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => ComposerVersion.Parse(text));
    }

    [Fact]
    public void Parse_BranchName_MessageSaysBranch()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerVersion.Parse("dev-main"));

        Assert.Contains("\"dev-main\" is a branch name", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumberTooLarge_MessageNamesNumber()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerVersion.Parse("1.99999999999999999999"));

        Assert.Contains("99999999999999999999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        var parsed = ComposerVersion.TryParse(null, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_BranchName_ReturnsFalse()
    {
        var parsed = ComposerVersion.TryParse("dev-main", out _);

        Assert.False(parsed);
    }

    [Theory]
    [InlineData("1.0.0", nameof(ComposerStability.Stable))]
    [InlineData("1.0.0-p1", nameof(ComposerStability.Stable))]
    [InlineData("1.0.0-RC1", nameof(ComposerStability.ReleaseCandidate))]
    [InlineData("1.0.0-beta", nameof(ComposerStability.Beta))]
    [InlineData("1.0.0-b3", nameof(ComposerStability.Beta))]
    [InlineData("1.0.0-a1", nameof(ComposerStability.Alpha))]
    [InlineData("1.0.0-dev", nameof(ComposerStability.Dev))]
    [InlineData("1.0.0-beta1-dev", nameof(ComposerStability.Dev))]
    [InlineData("2.x-dev", nameof(ComposerStability.Dev))]
    public void Stability_Version_ReturnsComposerStability(string text, string expected)
    {
        var version = ComposerVersion.Parse(text);

        Assert.Equal(expected, version.Stability.ToString());
    }

    [Theory]
    [InlineData("1.0.0-dev", "1.0.0-alpha1")]
    [InlineData("1.0.0-alpha1", "1.0.0-alpha2")]
    [InlineData("1.0.0-alpha2", "1.0.0-beta1")]
    [InlineData("1.0.0-beta", "1.0.0-beta1")]
    [InlineData("1.0.0-beta1", "1.0.0-beta.2")]
    [InlineData("1.0.0-beta2", "1.0.0-beta10")]
    [InlineData("1.0.0-beta1-dev", "1.0.0-beta1")]
    [InlineData("1.0.0-beta1", "1.0.0-beta2-dev")]
    [InlineData("1.0.0-beta2", "1.0.0-RC1")]
    [InlineData("1.0.0-RC1", "1.0.0")]
    [InlineData("1.0.0", "1.0.0-p1")]
    [InlineData("1.0.0-p1", "1.0.0-p2")]
    [InlineData("1.0.0-p2", "1.0.0.1")]
    [InlineData("1.0.0.1", "1.0.1")]
    [InlineData("1.9", "1.10")]
    [InlineData("1.0.0", "2.0.0-alpha1")]
    [InlineData("1.99.99", "1.x-dev")]
    [InlineData("2023-10-01", "2023-10-02")]
    public void CompareTo_OlderThenNewer_ReturnsNegative(string older, string newer)
    {
        var order = ComposerVersion.Parse(older).CompareTo(ComposerVersion.Parse(newer));

        Assert.True(order < 0, $"Expected {older} < {newer}, got {order}.");
    }

    [Theory]
    [InlineData("1.0.0-dev", "1.0.0-alpha1")]
    [InlineData("1.0.0-RC1", "1.0.0")]
    [InlineData("1.0.0", "1.0.0-p1")]
    [InlineData("1.0.0.1", "1.0.1")]
    public void CompareTo_NewerThenOlder_ReturnsPositive(string older, string newer)
    {
        var order = ComposerVersion.Parse(newer).CompareTo(ComposerVersion.Parse(older));

        Assert.True(order > 0, $"Expected {newer} > {older}, got {order}.");
    }

    [Theory]
    [InlineData("v1.0", "1.0.0.0")]
    [InlineData("1.0.0-b1", "1.0.0-beta1")]
    [InlineData("1.0.0-beta.1", "1.0.0-beta1")]
    [InlineData("1.0.0-rc1", "1.0.0-RC1")]
    [InlineData("1.0.0+a", "1.0.0+b")]
    [InlineData("1.0.01", "1.0.1")]
    public void CompareTo_SameVersionWrittenDifferently_ReturnsZero(string left, string right)
    {
        var order = ComposerVersion.Parse(left).CompareTo(ComposerVersion.Parse(right));

        Assert.Equal(0, order);
    }

    [Fact]
    public void CompareTo_Null_ReturnsPositive()
    {
        var order = ComposerVersion.Parse("1.0.0").CompareTo(null);

        Assert.True(order > 0);
    }

    [Fact]
    public void Equals_SameVersionWrittenDifferently_ReturnsTrue()
    {
        var equal = ComposerVersion.Parse("v1.0-b1").Equals(ComposerVersion.Parse("1.0.0.0-beta1"));

        Assert.True(equal);
    }

    [Fact]
    public void Equals_DifferentVersions_ReturnsFalse()
    {
        var equal = ComposerVersion.Parse("1.0.0").Equals(ComposerVersion.Parse("1.0.0-p1"));

        Assert.False(equal);
    }

    [Fact]
    public void GetHashCode_EqualVersions_ReturnsSameHash()
    {
        var left = ComposerVersion.Parse("v1.0-b1").GetHashCode();
        var right = ComposerVersion.Parse("1.0.0.0-beta1").GetHashCode();

        Assert.Equal(left, right);
    }

    [Theory]
    [InlineData(nameof(ComposerStability.Dev), "1.2.0.0-dev")]
    [InlineData(nameof(ComposerStability.Beta), "1.2.0.0-beta")]
    [InlineData(nameof(ComposerStability.ReleaseCandidate), "1.2.0.0-RC")]
    public void WithSuffix_Stability_AppendsSuffix(string stability, string expected)
    {
        var version = ComposerVersion.Parse("1.2").WithSuffix(Enum.Parse<ComposerStability>(stability));

        Assert.Equal(expected, version.Normalized);
    }

    [Fact]
    public void WithSuffix_Dev_SortsBeforeAlpha()
    {
        var bound = ComposerVersion.Parse("1.2").WithSuffix(ComposerStability.Dev);

        Assert.True(bound.CompareTo(ComposerVersion.Parse("1.2.0-alpha1")) < 0);
    }

    [Fact]
    public void WithSuffix_Stable_Throws()
    {
        var version = ComposerVersion.Parse("1.2");

        Assert.Throws<ArgumentOutOfRangeException>(() => version.WithSuffix(ComposerStability.Stable));
    }
}
