using Cargoman.Infrastructure.Database;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Infrastructure.Stripe;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Polling;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cargoman.Poller.Replay;

internal static class ReplayServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the <c>replay</c> command needs: the database, the archive, Stripe's event list and a
    /// publish-only bus. The poller and the webhook endpoint are not registered, so a replay runs beside them.
    /// </summary>
    public static IServiceCollection AddCargomanReplay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCargomanDatabase(configuration);
        services.AddStripeClient(configuration);
        services.AddRabbitMqOptions(configuration);
        services.AddEventArchive(configuration);

        services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        services.AddMassTransit(bus => bus.UsingRabbitMq((context, rabbit) =>
        {
            rabbit.UseCargomanBroker(context);
            SyncQueue.BindOnPublish(rabbit);
        }));

        services.AddSingleton<StripeEventSource>();
        services.AddSingleton<ReplayReader>();
        services.AddSingleton<ReplayPublisher>();
        services.AddSingleton<ReplayStore>();
        services.AddSingleton<ReplayRunner>();
        return services;
    }
}
