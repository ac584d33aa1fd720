using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stripe;

namespace Cargoman.Infrastructure.Stripe;

public static class StripeServiceCollectionExtensions
{
    /// <summary>
    /// Registers validated <see cref="StripeOptions"/> and one <see cref="IStripeClient"/> built from them.
    /// </summary>
    public static IServiceCollection AddStripeClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StripeOptions>().Bind(configuration.GetSection(StripeOptions.SectionName));
        services.AddSingleton<IValidateOptions<StripeOptions>, StripeOptionsValidator>();
        SettingsCheck.Register<StripeOptions>(services);

        services.AddHttpClient(nameof(StripeClient));
        services.AddSingleton<IStripeClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StripeOptions>>().Value;
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(StripeClient));
            var stripeHttpClient = new SystemNetHttpClient(
                httpClient,
                options.MaxNetworkRetries,
                appInfo: new AppInfo { Name = "Cargoman.Sync" },
                enableTelemetry: false);

            return new StripeClient(new StripeClientOptions
            {
                ApiKey = options.ApiKey,
                ApiBase = options.ApiBase.TrimEnd('/'),
                HttpClient = stripeHttpClient,
                StripeAccount = string.IsNullOrEmpty(options.Account) ? null : options.Account,
            });
        });

        return services;
    }
}
