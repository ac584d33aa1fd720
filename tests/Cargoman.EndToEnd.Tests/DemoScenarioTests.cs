using System.Diagnostics;
using Cargoman.Testing;
using Xunit.Abstractions;

namespace Cargoman.EndToEnd.Tests;

/// <summary>
/// Plays the shipped demo scenario through the real poller, RabbitMQ and consumers, as separate processes.
/// </summary>
public sealed class DemoScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DemoScenario_ConsumersKilledMidway_EveryCustomerMatches()
    {
        var (exitCode, text) = await RunDemoAsync("--restart-consumers-at", "12");

        Assert.Contains("killing the consumers mid-scenario", text, StringComparison.Ordinal);
        Assert.Matches(@"all \d+ customers match", text);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task DemoScenario_WebhookMode_EveryCustomerMatches()
    {
        var (exitCode, text) = await RunDemoAsync("--mode", "webhook");

        Assert.Contains("polling is off", text, StringComparison.Ordinal);
        Assert.Matches(@"released (\d+)/\1 events, \1 delivered by webhook", text);
        Assert.Matches(@"all \d+ customers match", text);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task DemoScenario_LostMessagesReplayed_EveryCustomerMatches()
    {
        var (exitCode, text) = await RunDemoAsync("--show-replay");

        Assert.Contains("purged the consumers' queue", text, StringComparison.Ordinal);
        Assert.Matches(@"\d+ customers do not match after the lost messages", text);
        Assert.Matches(@"replay: Done: read \d+, published [1-9]\d*, skipped as processed \d+, ignored 0, failed 0", text);
        Assert.Matches(@"all \d+ customers match", text);
        Assert.Equal(0, exitCode);
    }

    private async Task<(int ExitCode, string Output)> RunDemoAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.ArgumentList.Add(RepositoryPaths.Program("demo/Cargoman.Demo"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var standardOutput = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await standardOutput + await standardError;
        output.WriteLine(text);
        return (process.ExitCode, text);
    }
}
