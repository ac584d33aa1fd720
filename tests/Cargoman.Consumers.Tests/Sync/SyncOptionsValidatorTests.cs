using Cargoman.Consumers.Consumers;
using Cargoman.Consumers.Sync;

namespace Cargoman.Consumers.Tests.Sync;

public sealed class SyncOptionsValidatorTests
{
    private const string Mapping = """{"price_basic": ["vendor/core"]}""";

    [Fact]
    public void RetrySchedule_Default_ListsTwentyWaits()
    {
        var intervals = RetrySchedule.Parse(SyncOptions.DefaultRetryIntervals);

        Assert.Equal(20, intervals.Length);
        Assert.Equal(TimeSpan.FromSeconds(1), intervals[0]);
        Assert.Equal(TimeSpan.FromMinutes(1), intervals[^1]);
    }

    [Theory]
    [InlineData("00:00:01,00:00:05")]
    [InlineData("3*00:00:00.2")]
    [InlineData(SyncOptions.DefaultRetryIntervals)]
    public void Validate_ValidRetryIntervals_Succeeds(string value)
    {
        var result = Validate(value);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("x*00:00:01")]
    [InlineData("00:00:00")]
    [InlineData("00:06:00")]
    [InlineData("30*00:01:00")]
    [InlineData("101*00:00:01")]
    public void Validate_InvalidRetryIntervals_NamesSetting(string value)
    {
        var result = Validate(value);

        Assert.True(result.Failed);
        Assert.StartsWith("Sync__RetryIntervals ", result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string retryIntervals) =>
        new SyncOptionsValidator().Validate(null, new SyncOptions { PriceMapping = Mapping, RetryIntervals = retryIntervals });
}
