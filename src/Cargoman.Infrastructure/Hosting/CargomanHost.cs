using Cargoman.Infrastructure.Configuration;
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

        await host.RunAsync();
        return 0;
    }
}
