using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cargoman.Infrastructure.Database;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers validated <see cref="DatabaseOptions"/>, an <see cref="NpgsqlDataSource"/> and the <see cref="MigrationRunner"/>.
    /// </summary>
    public static IServiceCollection AddCargomanDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        SettingsCheck.Register<DatabaseOptions>(services);

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var builder = PostgresUrl.Parse(options.Url);
            builder.ApplicationName ??= "Cargoman.Sync";
            return new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
        });
        services.AddSingleton<MigrationRunner>();
        services.AddHostedService<MigrationHostedService>();

        return services;
    }
}
