using Cargoman.Infrastructure.Configuration;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cargoman.Infrastructure.Hosting;

/// <summary>
/// Start-up and run conventions shared by the poller and the consumers.
/// </summary>
public static class CargomanHost
{
    /// <summary>The exit code for a missing or invalid setting.</summary>
    public const int InvalidSettingsExitCode = 2;

    /// <summary>The exit code for a start-up that failed after the settings were valid, such as a rejected password.</summary>
    public const int StartFailedExitCode = 1;

    /// <summary>
    /// Adds the documented environment variables, one-line console logs in UTC, and Windows service and systemd support.
    /// </summary>
    public static HostApplicationBuilder UseCargomanDefaults(this HostApplicationBuilder builder)
    {
        builder.Configuration.AddCargomanEnvironment();

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });

        // Stripe.net and the Cargoman client log every request at Information; the service logs what matters itself.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        // The host starts only once the bus is connected. A broker that refuses the credentials then
        // fails the start, and the process exits, instead of running on without a bus.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });

        // Both are no-ops unless the process runs as a Windows service or under systemd.
        builder.Services.AddWindowsService(service => service.ServiceName = builder.Environment.ApplicationName);
        builder.Services.AddSystemd();

        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Validates every setting, then runs the host until it stops. An invalid setting prints one line per problem to standard error and returns <see cref="InvalidSettingsExitCode"/>.
    /// </summary>
    public static async Task<int> RunCargomanAsync(this IHost host)
    {
        var errors = SettingsCheck.FindErrors(host.Services);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync($"Invalid setting: {error}");
            }

            return InvalidSettingsExitCode;
        }

        try
        {
            await host.RunAsync();
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The host has logged the failure with its stack trace. This line names the setting to check.
            await Console.Error.WriteLineAsync($"Start-up failed: {StartupFailure.Describe(exception)}");
            return StartFailedExitCode;
        }
    }
}
