using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Webhooks;

internal static class WebhookServiceCollectionExtensions
{
    private static readonly TimeSpan s_healthCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the webhook endpoint, its health checks and its metrics. They start only when <c>Webhook:Enabled</c> is true.
    /// </summary>
    /// <remarks>Needs the services of the poller: the database, the Stripe options and the publisher.</remarks>
    public static IServiceCollection AddStripeWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName));
        services.AddSingleton<IValidateOptions<WebhookOptions>>(new WebhookOptionsValidator(configuration));
        SettingsCheck.Register<WebhookOptions>(services);

        // MassTransit adds its bus check with the tag "ready" as well.
        services.AddSingleton<BrokerHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<BrokerHealthCheck>("broker", tags: [WebhookEndpoints.ReadyTag], timeout: s_healthCheckTimeout)
            .AddCheck<DatabaseHealthCheck>("database", tags: [WebhookEndpoints.ReadyTag], timeout: s_healthCheckTimeout);

        // Request logs at Information would add two lines per delivery; the endpoint logs its own.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning));

        services.AddMetrics();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<StripeSignatureVerifier>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<WebhookServer>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookServer>());
        services.AddHostedService<WebhookMetricsReporter>();
        services.AddHostedService<PublishedIdsPruner>();
        return services;
    }
}
