using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Database;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Infrastructure.Stripe;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Polling;
using Cargoman.Poller.Webhooks;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller;

internal static class PollerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Stripe event poller with its database, event archive, Stripe client and a publish-only bus, and the
    /// optional webhook endpoint. <c>Poller:Enabled</c> and <c>Webhook:Enabled</c> choose which of the two run.
    /// </summary>
    public static IServiceCollection AddCargomanPoller(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCargomanDatabase(configuration);
        services.AddStripeClient(configuration);
        services.AddRabbitMqOptions(configuration);
        services.AddEventArchive(configuration);
        services.AddHostedService<ArchivePruner>();

        services.AddOptions<PollerOptions>().Bind(configuration.GetSection(PollerOptions.SectionName));
        services.AddSingleton<IValidateOptions<PollerOptions>, PollerOptionsValidator>();
        SettingsCheck.Register<PollerOptions>(services);

        services.AddMassTransit(bus => bus.UsingRabbitMq((context, rabbit) =>
        {
            rabbit.UseCargomanBroker(context);
            SyncQueue.BindOnPublish(rabbit);
        }));

        services.AddSingleton<StripeEventSource>();
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<PollerStore>();
        services.AddSingleton<PollCycle>();
        services.AddHostedService<EventPoller>();

        services.AddStripeWebhook(configuration);

        return services;
    }
}
