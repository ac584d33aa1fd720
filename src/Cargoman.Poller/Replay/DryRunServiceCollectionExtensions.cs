using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Stripe;
using Cargoman.Consumers.Sync;
using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Replay;

internal static class DryRunServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IChangePlanner"/> of dry runs, with the consumers' <c>Sync</c> settings. The Cargoman
    /// client is registered only when <c>Cargoman:Url</c> is set; it then resolves the package versions of a freeze.
    /// </summary>
    /// <remarks>Call after <see cref="ReplayServiceCollectionExtensions.AddCargomanReplay"/>, which registers the database and the Stripe client.</remarks>
    public static IServiceCollection AddDryRunPlanner(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(SyncOptions.SectionName));
        services.AddSingleton<IValidateOptions<SyncOptions>, SyncOptionsValidator>();
        SettingsCheck.Register<SyncOptions>(services);

        if (!string.IsNullOrWhiteSpace(configuration.GetSection(CargomanOptions.SectionName)["Url"]))
        {
            services.AddCargomanClient(configuration);
            services.AddSingleton<FrozenVersionResolver>();
        }

        services.AddSingleton<StripeAccountReader>();
        services.AddSingleton<KnownCustomerStore>();
        services.AddSingleton<ReconciliationPlanner>();
        services.AddSingleton<IChangePlanner, ConsumerChangePlanner>();
        return services;
    }
}
