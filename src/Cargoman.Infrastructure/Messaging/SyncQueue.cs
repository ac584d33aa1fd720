using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Infrastructure.Messaging;

/// <summary>
/// The queue that the consumers read every message from.
/// </summary>
public static class SyncQueue
{
    public const string Name = "cargoman-sync";

    /// <summary>
    /// Makes every publish declare the consumers' queue and its bindings, as the consumers declare them.
    /// </summary>
    /// <remarks>
    /// RabbitMQ drops a message that reaches an exchange without a bound queue. Without this, events
    /// published before the consumers first started would be lost. Each message type's exchange is
    /// bound straight to the queue. The consumers add a second path through the queue's own exchange,
    /// which causes no duplicates because RabbitMQ routes a message to each queue at most once.
    /// </remarks>
    public static void BindOnPublish(IRabbitMqBusFactoryConfigurator configurator)
    {
        configurator.Publish<SubscriptionCreated>(topology => topology.BindQueue(topology.Exchange.ExchangeName, Name));
        configurator.Publish<SubscriptionUpdated>(topology => topology.BindQueue(topology.Exchange.ExchangeName, Name));
        configurator.Publish<SubscriptionDeleted>(topology => topology.BindQueue(topology.Exchange.ExchangeName, Name));
        configurator.Publish<InvoicePaid>(topology => topology.BindQueue(topology.Exchange.ExchangeName, Name));
        configurator.Publish<InvoicePaymentFailed>(topology => topology.BindQueue(topology.Exchange.ExchangeName, Name));
    }
}
