using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Mapping;

namespace Cargoman.Consumers.Tests.Mapping;

public sealed class PriceMappingTests
{
    [Fact]
    public void Parse_PackageNames_GrantEveryVersion()
    {
        var mapping = PriceMapping.Parse("""{"price_pro": ["vendor/core", "vendor/pro-features"]}""");

        Assert.Equal([new PackageGrant("vendor/core", "*"), new PackageGrant("vendor/pro-features", "*")], mapping.GrantsFor("price_pro"));
    }

    [Fact]
    public void Parse_ObjectEntry_KeepsConstraint()
    {
        var mapping = PriceMapping.Parse("""{"price_addon": [{"package": "vendor/addon", "constraint": "^1.0"}]}""");

        Assert.Equal([new PackageGrant("vendor/addon", "^1.0")], mapping.GrantsFor("price_addon"));
    }

    [Fact]
    public void GrantsFor_UnknownPrice_ReturnsNull()
    {
        var mapping = PriceMapping.Parse("""{"price_basic": ["vendor/core"]}""");

        Assert.Null(mapping.GrantsFor("price_other"));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{}", "maps no price")]
    [InlineData("""{"price_basic": "vendor/core"}""", "price 'price_basic'")]
    [InlineData("""{"price_basic": ["Vendor Core"]}""", "'Vendor Core', which is not a Composer package name")]
    [InlineData("""{"price_basic": [42]}""", "neither a package name nor an object")]
    [InlineData("""{"price_basic": [{"constraint": "^1.0"}]}""", "without a \"package\" name")]
    [InlineData("""{"price_basic": [{"package": "vendor/core", "constraint": "~>2.0"}]}""", "vendor/core with an invalid constraint")]
    public void Parse_InvalidMapping_NamesTheProblem(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => PriceMapping.Parse(json));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
