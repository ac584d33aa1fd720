using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// Builds the host of an operator's command: the same settings as the poller, logs on standard error at Warning and
/// above, so that standard output carries only the command's own output.
/// </summary>
internal static class OperatorHost
{
    public static IHost Build(Action<IServiceCollection, IConfiguration> register, params string[] informationCategories)
    {
        var builder = Host.CreateApplicationBuilder([]);
        builder.UseCargomanDefaults();
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        foreach (var category in informationCategories)
        {
            builder.Logging.AddFilter(category, LogLevel.Information);
        }

        register(builder.Services, builder.Configuration);
        return builder.Build();
    }

    /// <summary>Writes one line per invalid setting to standard error and returns false when a setting is invalid.</summary>
    public static bool CheckSettings(IHost host)
    {
        var errors = SettingsCheck.FindErrors(host.Services);
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"Invalid setting: {error}");
        }

        return errors.Count == 0;
    }
}
