using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Consumers;
using Cargoman.Consumers.Stripe;
using Cargoman.Consumers.Sync;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Database;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Infrastructure.Stripe;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Consumers;

internal static class ConsumersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the consumers that apply Stripe events to Cargoman, with their database, Stripe and Cargoman clients.
    /// </summary>
    public static IServiceCollection AddCargomanConsumers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCargomanDatabase(configuration);
        services.AddStripeClient(configuration);
        services.AddRabbitMqOptions(configuration);
        services.AddCargomanClient(configuration);

        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(SyncOptions.SectionName));
        services.AddSingleton<IValidateOptions<SyncOptions>, SyncOptionsValidator>();
        SettingsCheck.Register<SyncOptions>(services);

        services.AddSingleton<StripeAccountReader>();
        services.AddSingleton<KnownCustomerStore>();
        services.AddMetrics();
        services.AddSingleton<DeliveryCounters>();
        services.AddScoped<FrozenVersionResolver>();
        services.AddScoped<CustomerReconciler>();
        services.AddScoped<EventProcessor>();

        services.AddMassTransit(bus =>
        {
            bus.AddConsumer<SubscriptionCreatedConsumer, SyncConsumerDefinition<SubscriptionCreatedConsumer>>();
            bus.AddConsumer<SubscriptionUpdatedConsumer, SyncConsumerDefinition<SubscriptionUpdatedConsumer>>();
            bus.AddConsumer<SubscriptionDeletedConsumer, SyncConsumerDefinition<SubscriptionDeletedConsumer>>();
            bus.AddConsumer<InvoicePaidConsumer, SyncConsumerDefinition<InvoicePaidConsumer>>();
            bus.AddConsumer<InvoicePaymentFailedConsumer, SyncConsumerDefinition<InvoicePaymentFailedConsumer>>();

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.UseCargomanBroker(context);
                var limit = context.GetRequiredService<IOptions<SyncOptions>>().Value.ConcurrentMessageLimit;
                rabbit.ReceiveEndpoint(SyncEndpoint.Name, endpoint =>
                {
                    endpoint.PrefetchCount = limit * 2;
                    endpoint.ConcurrentMessageLimit = limit;
                    SyncEndpoint.ConfigureKillSwitch(endpoint);
                    endpoint.ConfigureConsumers(context);
                });
            });
        });

        return services;
    }
}
