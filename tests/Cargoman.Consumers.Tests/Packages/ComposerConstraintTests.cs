using Cargoman.Consumers.Packages;

namespace Cargoman.Consumers.Tests.Packages;

public sealed class ComposerConstraintTests
{
    [Theory]
    [InlineData("2.0.0", "2.0.0", true)]
    [InlineData("2.0.0", "2.0.1", false)]
    [InlineData("2.0.0", "1.9.9", false)]
    [InlineData("=2.0.0", "2.0.0", true)]
    [InlineData("=2.0.0", "2.0.1", false)]
    [InlineData("==2.0.0", "2.0.0", true)]
    [InlineData("==2.0.0", "2.0.1", false)]
    [InlineData("= 2.0.0", "2.0.0", true)]
    [InlineData("2.0", "2.0.0", true)]
    [InlineData("2.0", "2.0.1", false)]
    [InlineData("2", "2.0.0.0", true)]
    [InlineData("2.0.0", "2.0.0.1", false)]
    [InlineData("2.0.0", "2.0.0-beta1", false)]
    [InlineData("2.0.0", "2.0.0-p1", false)]
    [InlineData("2.0.0-beta1", "2.0.0-beta1", true)]
    [InlineData("2.0.0-beta1", "2.0.0-beta.1", true)]
    [InlineData("2.0.0-beta1", "2.0.0-b1", true)]
    [InlineData("2.0.0-beta1", "2.0.0-beta2", false)]
    [InlineData("2.0.0-RC1", "2.0.0-rc1", true)]
    [InlineData("2.5.0.1", "2.5.0.1", true)]
    [InlineData("2.5.0.1", "2.5.0.2", false)]
    [InlineData("2.5.0.1", "2.5.0", false)]
    [InlineData("2.0.0+build.7", "2.0.0", true)]
    public void IsSatisfiedBy_ExactVersion_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(">1.0", "1.0.1", true)]
    [InlineData(">1.0", "1.0.0", false)]
    [InlineData(">1.0", "1.0.0-p1", true)]
    [InlineData(">1.0", "1.0.0-RC1", false)]
    [InlineData(">=1.0", "1.0.0", true)]
    [InlineData(">=1.0", "5.0.0", true)]
    [InlineData(">=1.0", "0.9.9", false)]
    [InlineData(">=1.0", "1.0.0-beta1", true)]
    [InlineData(">=1.0", "1.0.0-dev", true)]
    [InlineData(">=1.0-stable", "1.0.0-beta1", false)]
    [InlineData(">=1.0-stable", "1.0.0", true)]
    [InlineData(">=1.0-beta2", "1.0.0-beta1", false)]
    [InlineData(">=1.0-beta2", "1.0.0-beta2", true)]
    [InlineData("<2.0", "1.9.9", true)]
    [InlineData("<2.0", "1.9.9.9", true)]
    [InlineData("<2.0", "2.0.0", false)]
    [InlineData("<2.0", "2.0.0-beta1", false)]
    [InlineData("<2.0", "2.0.0-dev", false)]
    [InlineData("<2.0-beta2", "2.0.0-beta1", true)]
    [InlineData("<2.0-beta2", "2.0.0-beta2", false)]
    [InlineData("<=2.0", "2.0.0", true)]
    [InlineData("<=2.0", "2.0.0-RC1", true)]
    [InlineData("<=2.0", "2.0.1", false)]
    [InlineData("<=2.0", "2.0.0-p1", false)]
    [InlineData("!=1.5.0", "1.5.0", false)]
    [InlineData("!=1.5.0", "1.5.1", true)]
    [InlineData("!=1.5.0", "1.5.0-beta1", true)]
    [InlineData("<>1.5.0", "1.5.0", false)]
    [InlineData("<>1.5.0", "1.4.0", true)]
    [InlineData(">= 1.0", "1.0.0", true)]
    [InlineData("<  2.0", "2.0.0", false)]
    [InlineData(">2.5.0.1", "2.5.0.2", true)]
    [InlineData(">2.5.0.1", "2.5.0.1", false)]
    [InlineData("<2.0.0.1", "2.0.0", true)]
    public void IsSatisfiedBy_Comparison_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(">=1.0 <3.0", "2.5.0", true)]
    [InlineData(">=1.0 <3.0", "1.0.0", true)]
    [InlineData(">=1.0 <3.0", "3.0.0", false)]
    [InlineData(">=1.0 <3.0", "0.9.0", false)]
    [InlineData(">=1.0,<3.0", "2.0.0", true)]
    [InlineData(">=1.0,<3.0", "3.0.0", false)]
    [InlineData(">=1.0, <3.0", "2.0.0", true)]
    [InlineData(">=1.0 ,<3.0", "2.0.0", true)]
    [InlineData(">=1.0 , <3.0", "3.0.0", false)]
    [InlineData(">=1.0   <3.0", "2.0.0", true)]
    [InlineData(">= 1.0 < 3.0", "2.0.0", true)]
    [InlineData(">= 1.0 < 3.0", "3.0.0", false)]
    [InlineData(">=1.0 <3.0 !=2.0.0", "2.0.0", false)]
    [InlineData(">=1.0 <3.0 !=2.0.0", "2.0.1", true)]
    [InlineData("^1.2 !=1.4.0", "1.4.0", false)]
    [InlineData("^1.2 <1.3", "1.2.9", true)]
    [InlineData("^1.2 <1.3", "1.3.0", false)]
    public void IsSatisfiedBy_AndOfTerms_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("^1.0 || ^3.0", "1.5.0", true)]
    [InlineData("^1.0 || ^3.0", "3.1.0", true)]
    [InlineData("^1.0 || ^3.0", "2.0.0", false)]
    [InlineData("^1.0 || ^3.0", "4.0.0", false)]
    [InlineData("^1.0||^3.0", "3.1.0", true)]
    [InlineData("^1.0 | ^3.0", "3.1.0", true)]
    [InlineData("^1.0|^3.0", "2.0.0", false)]
    [InlineData(">=1.0 <1.1 || >=1.2", "1.0.5", true)]
    [InlineData(">=1.0 <1.1 || >=1.2", "1.1.0", false)]
    [InlineData(">=1.0 <1.1 || >=1.2", "1.2.0", true)]
    [InlineData(">=1.0,<1.1 || >=1.2 <2.0 || 3.0.0", "1.5.0", true)]
    [InlineData(">=1.0,<1.1 || >=1.2 <2.0 || 3.0.0", "2.0.0", false)]
    [InlineData(">=1.0,<1.1 || >=1.2 <2.0 || 3.0.0", "3.0.0", true)]
    [InlineData(">=1.0,<1.1 || >=1.2 <2.0 || 3.0.0", "3.0.1", false)]
    [InlineData("1.0.0 || 1.0.2", "1.0.1", false)]
    public void IsSatisfiedBy_OrOfAlternatives_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("1.0 - 2.0", "1.0.0", true)]
    [InlineData("1.0 - 2.0", "2.0.0", true)]
    [InlineData("1.0 - 2.0", "2.0.9", true)]
    [InlineData("1.0 - 2.0", "2.1.0", false)]
    [InlineData("1.0 - 2.0", "2.1.0-beta1", false)]
    [InlineData("1.0 - 2.0", "0.9.9", false)]
    [InlineData("1.0 - 2.0", "1.0.0-beta1", true)]
    [InlineData("1.0.0 - 2.1.0", "2.1.0", true)]
    [InlineData("1.0.0 - 2.1.0", "2.1.1", false)]
    [InlineData("1.0.0 - 2.1.0", "2.1.0.1", false)]
    [InlineData("1.0.0 - 2.1.0", "2.1.0-RC1", true)]
    [InlineData("1 - 2", "1.0.0", true)]
    [InlineData("1 - 2", "2.9.9", true)]
    [InlineData("1 - 2", "3.0.0", false)]
    [InlineData("1.0.0 - 2.0.0-beta1", "2.0.0-beta1", true)]
    [InlineData("1.0.0 - 2.0.0-beta1", "2.0.0", false)]
    [InlineData("1.0.0-RC1 - 2.0", "1.0.0-beta1", false)]
    [InlineData("1.0.0-RC1 - 2.0", "1.0.0-RC1", true)]
    [InlineData("1.2.3.4 - 1.2.3.9", "1.2.3.9", true)]
    [InlineData("1.2.3.4 - 1.2.3.9", "1.2.4", false)]
    [InlineData("v1.0 - v2.0", "2.0.5", true)]
    [InlineData("1.0 - 2.0 || 3.0 - 3.1", "3.1.5", true)]
    [InlineData("1.0 - 2.0 || 3.0 - 3.1", "2.5.0", false)]
    public void IsSatisfiedBy_HyphenRange_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("*", "0.0.1", true)]
    [InlineData("*", "99.0.0", true)]
    [InlineData("*", "1.0.0-beta1", true)]
    [InlineData("x", "1.0.0", true)]
    [InlineData("v*", "1.0.0", true)]
    [InlineData("*.*", "1.0.0", true)]
    [InlineData("1.*", "1.0.0", true)]
    [InlineData("1.*", "1.99.0", true)]
    [InlineData("1.*", "2.0.0", false)]
    [InlineData("1.*", "2.0.0-alpha1", false)]
    [InlineData("1.*", "0.9.0", false)]
    [InlineData("1.x", "1.5.0", true)]
    [InlineData("1.X", "1.5.0", true)]
    [InlineData("1.x", "2.0.0", false)]
    [InlineData("1.*.*", "1.5.0", true)]
    [InlineData("1.2.*", "1.2.0", true)]
    [InlineData("1.2.*", "1.2.9", true)]
    [InlineData("1.2.*", "1.2.0-beta1", true)]
    [InlineData("1.2.*", "1.3.0", false)]
    [InlineData("1.2.*", "1.1.9", false)]
    [InlineData("1.2.x", "1.2.7", true)]
    [InlineData("0.*", "0.5.0", true)]
    [InlineData("0.*", "1.0.0", false)]
    [InlineData("1.2.3.*", "1.2.3.4", true)]
    [InlineData("1.2.3.*", "1.2.4", false)]
    [InlineData("v1.2.*", "1.2.5", true)]
    public void IsSatisfiedBy_Wildcard_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("~1.2", "1.2.0", true)]
    [InlineData("~1.2", "1.9.9", true)]
    [InlineData("~1.2", "2.0.0", false)]
    [InlineData("~1.2", "2.0.0-beta1", false)]
    [InlineData("~1.2", "1.1.9", false)]
    [InlineData("~1.2", "1.2.0-beta1", true)]
    [InlineData("~1.2.3", "1.2.3", true)]
    [InlineData("~1.2.3", "1.2.99", true)]
    [InlineData("~1.2.3", "1.3.0", false)]
    [InlineData("~1.2.3", "1.2.2", false)]
    [InlineData("~1", "1.0.0", true)]
    [InlineData("~1", "1.9.0", true)]
    [InlineData("~1", "2.0.0", false)]
    [InlineData("~1", "0.9.0", false)]
    [InlineData("~1.2.3.4", "1.2.3.9", true)]
    [InlineData("~1.2.3.4", "1.2.3.3", false)]
    [InlineData("~1.2.3.4", "1.2.4.0", false)]
    [InlineData("~0.3", "0.9.0", true)]
    [InlineData("~0.3", "1.0.0", false)]
    [InlineData("~1.2-beta2", "1.2.0-beta2", true)]
    [InlineData("~1.2-beta2", "1.2.0-beta1", false)]
    [InlineData("~1.2-stable", "1.2.0-RC1", false)]
    [InlineData("~v1.2", "1.5.0", true)]
    public void IsSatisfiedBy_TildeRange_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("^1.2.3", "1.2.3", true)]
    [InlineData("^1.2.3", "1.9.0", true)]
    [InlineData("^1.2.3", "2.0.0", false)]
    [InlineData("^1.2.3", "2.0.0-beta1", false)]
    [InlineData("^1.2.3", "1.2.2", false)]
    [InlineData("^1.2", "1.2.0", true)]
    [InlineData("^1.2", "1.99.99", true)]
    [InlineData("^1", "1.99.0", true)]
    [InlineData("^1", "2.0.0", false)]
    [InlineData("^1.0", "1.0.0-beta1", true)]
    [InlineData("^0.3", "0.3.0", true)]
    [InlineData("^0.3", "0.3.9", true)]
    [InlineData("^0.3", "0.4.0", false)]
    [InlineData("^0.3", "0.2.9", false)]
    [InlineData("^0.3.2", "0.3.1", false)]
    [InlineData("^0.3.2", "0.3.9", true)]
    [InlineData("^0.0.3", "0.0.3", true)]
    [InlineData("^0.0.3", "0.0.3.5", true)]
    [InlineData("^0.0.3", "0.0.4", false)]
    [InlineData("^0.0.3", "0.0.2", false)]
    [InlineData("^0.0", "0.0.9", true)]
    [InlineData("^0.0", "0.1.0", false)]
    [InlineData("^0", "0.9.0", true)]
    [InlineData("^0", "1.0.0", false)]
    [InlineData("^1.2.3.4", "1.2.3.4", true)]
    [InlineData("^1.2.3.4", "1.9.0", true)]
    [InlineData("^1.2.3.4", "1.2.3.3", false)]
    [InlineData("^0.0.3.4", "0.0.3.9", true)]
    [InlineData("^0.0.3.4", "0.0.4", false)]
    [InlineData("^v1.2", "1.3.0", true)]
    [InlineData("^2.0.0-beta2", "2.0.0-beta2", true)]
    [InlineData("^2.0.0-beta2", "2.0.0-beta1", false)]
    [InlineData("^2.0.0-beta2", "2.0.0", true)]
    [InlineData("^2.0.0-beta2", "3.0.0", false)]
    public void IsSatisfiedBy_CaretRange_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("^1.0@dev", "1.5.0", true)]
    [InlineData("^1.0@dev", "2.0.0", false)]
    [InlineData("^1.0@stable", "1.5.0", true)]
    [InlineData("^1.0@BETA", "1.5.0", true)]
    [InlineData(">=1.0@beta", "1.0.0-beta1", true)]
    [InlineData(">=1.0@beta", "1.0.0-alpha1", false)]
    [InlineData(">=1.0@RC", "1.0.0-beta1", false)]
    [InlineData(">=1.0@RC", "1.0.0-RC1", true)]
    [InlineData("1.0.0@beta", "1.0.0", true)]
    [InlineData("@dev", "5.0.0", true)]
    public void IsSatisfiedBy_StabilityFlag_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("dev-main", "1.0.0", false)]
    [InlineData("dev-main#abc123", "1.0.0", false)]
    [InlineData("!=dev-main", "1.0.0", true)]
    [InlineData(">=dev-main", "1.0.0", false)]
    [InlineData("dev-main || ^1.0", "1.2.0", true)]
    [InlineData("master", "1.0.0", false)]
    [InlineData("feature-dev", "1.0.0", false)]
    [InlineData("1.x-dev", "1.5.0", false)]
    [InlineData("1.x-dev", "1.x-dev", true)]
    [InlineData("1.0.0 as 2.0.0", "1.0.0", true)]
    [InlineData("1.0.0 as 2.0.0", "2.0.0", false)]
    public void IsSatisfiedBy_BranchOrAlias_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("  ^1.2  ", "1.5.0", true)]
    [InlineData("\t^1.2\n", "1.5.0", true)]
    [InlineData("^1.0  ||  ^2.0", "2.1.0", true)]
    [InlineData("^1.0\t||\t^2.0", "2.1.0", true)]
    [InlineData("^1.0 ||^2.0", "2.1.0", true)]
    [InlineData(" >=1.0 , <2.0 ", "1.5.0", true)]
    [InlineData(" >=1.0 , <2.0 ", "2.0.0", false)]
    public void IsSatisfiedBy_WhitespaceVariant_ReturnsExpected(string constraint, string version, bool expected)
    {
        var actual = Satisfies(constraint, version);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("^1.0", nameof(ComposerStability.Stable))]
    [InlineData(">=1.0 <2.0", nameof(ComposerStability.Stable))]
    [InlineData("1.0.0-p1", nameof(ComposerStability.Stable))]
    [InlineData("^1.0@dev", nameof(ComposerStability.Dev))]
    [InlineData("^1.0@beta", nameof(ComposerStability.Beta))]
    [InlineData("^1.0@RC", nameof(ComposerStability.ReleaseCandidate))]
    [InlineData("^1.0@rc", nameof(ComposerStability.ReleaseCandidate))]
    [InlineData("@alpha", nameof(ComposerStability.Alpha))]
    [InlineData("^1.0@stable", nameof(ComposerStability.Stable))]
    [InlineData(">=2.0-RC1", nameof(ComposerStability.ReleaseCandidate))]
    [InlineData("2.0.0-beta1", nameof(ComposerStability.Beta))]
    [InlineData("^2.0.0-alpha2", nameof(ComposerStability.Alpha))]
    [InlineData("1.0.0-beta1 || 1.0.0-alpha1", nameof(ComposerStability.Alpha))]
    [InlineData(">=1.0-beta1 <2.0", nameof(ComposerStability.Beta))]
    [InlineData("2.0.0-beta1 as 2.0.0", nameof(ComposerStability.Beta))]
    [InlineData("dev-main", nameof(ComposerStability.Dev))]
    [InlineData("1.x-dev", nameof(ComposerStability.Dev))]
    [InlineData("1.0 - 2.0-beta1", nameof(ComposerStability.Stable))]
    [InlineData("2.0.0-beta1 || ^1.0@stable", nameof(ComposerStability.Stable))]
    [InlineData("^1.0@beta || 2.0.0-alpha1", nameof(ComposerStability.Beta))]
    public void MinimumStability_Constraint_ReturnsComposerStabilityFlag(string constraint, string expected)
    {
        var actual = ComposerConstraint.Parse(constraint).MinimumStability.ToString();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("foo")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.0.0-gamma")]
    [InlineData(">=")]
    [InlineData(">=foo")]
    [InlineData("=>1.0")]
    [InlineData("> = 1.0")]
    [InlineData("^")]
    [InlineData("~")]
    [InlineData("^-1.0")]
    [InlineData("~1.2.3.4.5")]
    [InlineData("~>1.2")]
    [InlineData("1.0 -")]
    [InlineData("- 1.0")]
    [InlineData("1.0-2.0")]
    [InlineData("1.0 -2.0")]
    [InlineData("1.2.3 - 2.3.4 - 3.4.5")]
    [InlineData("1.0  -  2.0")]
    [InlineData("^1.0 ||")]
    [InlineData("|| ^1.0")]
    [InlineData("^1.0 || || ^2.0")]
    [InlineData("^1.0 ||| ^2.0")]
    [InlineData(">=1.0,")]
    [InlineData(",>=1.0")]
    [InlineData(">=1.0,,<2.0")]
    [InlineData("^1.0 && ^2.0")]
    [InlineData(">=1.0 <2.0 foo")]
    [InlineData("^1.0@foo")]
    [InlineData("1.*.2")]
    [InlineData("*.1")]
    [InlineData("V1.*")]
    [InlineData("1.0\t<2.0")]
    [InlineData("1.0\n2.0")]
    [InlineData("^99999999999999999999")]
    [InlineData("1.99999999999999999999.0")]
    public void Parse_InvalidConstraint_ThrowsFormatException(string constraint)
    {
        Assert.Throws<FormatException>(() => ComposerConstraint.Parse(constraint));
    }

    [Fact]
    public void Parse_InvalidTerm_MessageNamesConstraint()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerConstraint.Parse("^1.0 || foo"));

        Assert.Contains("\"^1.0 || foo\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidTerm_MessageNamesTerm()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerConstraint.Parse(">=1.0 foo"));

        Assert.Contains("\"foo\" is not a valid version or range", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyConstraint_MessageSaysEmpty()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerConstraint.Parse(" "));

        Assert.Contains("the constraint is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyAlternative_MessageSaysAlternativeIsEmpty()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerConstraint.Parse("^1.0 ||"));

        Assert.Contains("alternative", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TildeGreaterOperator_MessageSuggestsTilde()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerConstraint.Parse("~>1.2"));

        Assert.Contains("Use ~1.2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownStabilityFlag_MessageListsFlags()
    {
        var exception = Assert.Throws<FormatException>(() => ComposerConstraint.Parse("^1.0@nightly"));

        Assert.Contains("@stable, @RC, @beta, @alpha or @dev", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ComposerConstraint.Parse(null!));
    }

    [Fact]
    public void ToString_ParsedConstraint_ReturnsOriginalText()
    {
        var constraint = ComposerConstraint.Parse(" ^1.0 || ^2.0");

        Assert.Equal(" ^1.0 || ^2.0", constraint.ToString());
    }

    [Fact]
    public void IsSatisfiedBy_Null_ThrowsArgumentNullException()
    {
        var constraint = ComposerConstraint.Parse("^1.0");

        Assert.Throws<ArgumentNullException>(() => constraint.IsSatisfiedBy(null!));
    }

    private static bool Satisfies(string constraint, string version) =>
        ComposerConstraint.Parse(constraint).IsSatisfiedBy(ComposerVersion.Parse(version));
}
