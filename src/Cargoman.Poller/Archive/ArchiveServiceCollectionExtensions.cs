using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Archive;

internal static class ArchiveServiceCollectionExtensions
{
    /// <summary>
    /// Registers the event archive and its validated <see cref="ArchiveOptions"/>. The caller adds the database.
    /// </summary>
    public static IServiceCollection AddEventArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.SectionName));
        services.AddSingleton<IValidateOptions<ArchiveOptions>, ArchiveOptionsValidator>();
        SettingsCheck.Register<ArchiveOptions>(services);
        services.AddSingleton<EventArchive>();
        return services;
    }
}
