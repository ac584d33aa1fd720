using Cargoman.Poller.CommandLine;
using Cargoman.Poller.Replay;

namespace Cargoman.Poller.Tests.Replay;

public sealed class ReplayArgumentsTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-13-01", "2026-12-01", "--from '2026-13-01' is not an ISO 8601 date")]
    [InlineData("2026-12-01", "yesterday", "--to 'yesterday' is not an ISO 8601 date")]
    [InlineData("2026-12-03", "2026-12-02", "--from 2026-12-03T00:00:00Z is after --to 2026-12-02T00:00:00Z")]
    [InlineData("2026-12-01", "2026-12-05", "--to 2026-12-05T00:00:00Z is in the future")]
    [InlineData("2026-12-06", "2026-12-07", "--from 2026-12-06T00:00:00Z is in the future")]
    [InlineData(null, "2026-12-01", "--from is missing")]
    public void Validate_BadTime_OneLineNamingIt(string? from, string to, string expected)
    {
        var request = ReplayArguments.Validate(from, to, [], null, false, false, "auto", s_now, out var errors);

        Assert.Null(request);
        Assert.Contains(errors, line => line.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EveryBadOption_OneLineEach()
    {
        var request = ReplayArguments.Validate("x", "2099-01-01", ["invoice.created"], "sub_1", false, false, "cloud", s_now, out var errors);

        Assert.Null(request);
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Validate_DateAlone_MeansMidnightUtc()
    {
        var request = ReplayArguments.Validate("2026-11-20", "2026-11-21T08:30:00+01:00", [], null, false, false, "archive", s_now, out _);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), request!.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 7, 30, 0, TimeSpan.Zero), request.To);
        Assert.Equal(ReplaySource.Archive, request.Source);
    }

    [Theory]
    [InlineData("replay", "--from", "2026-12-03", "--to", "2026-12-02")]
    [InlineData("replay", "--from", "soon", "--to", "2026-12-02")]
    [InlineData("replay", "--from", "2026-12-01", "--to", "2999-01-01")]
    [InlineData("replay", "--from", "2026-12-01", "--to", "2026-12-02", "--unknown")]
    [InlineData("errors", "redrive")]
    public async Task InvokeAsync_BadArguments_ExitCode2(params string[] args)
    {
        var exitCode = await PollerCommandLine.InvokeAsync(args);

        Assert.Equal(2, exitCode);
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("status")]
    [InlineData("errors", "list")]
    [InlineData("errors", "redrive")]
    public async Task InvokeAsync_Help_ExitCode0(params string[] command)
    {
        var exitCode = await PollerCommandLine.InvokeAsync([.. command, "--help"]);

        Assert.Equal(0, exitCode);
    }
}
