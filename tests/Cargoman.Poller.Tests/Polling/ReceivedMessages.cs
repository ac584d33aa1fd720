using System.Collections.Concurrent;
using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Poller.Tests.Polling;

/// <summary>
/// Collects every message the poller publishes, as a consumer on the same broker receives them.
/// </summary>
public sealed class ReceivedMessages :
    IConsumer<SubscriptionCreated>,
    IConsumer<SubscriptionUpdated>,
    IConsumer<SubscriptionDeleted>,
    IConsumer<InvoicePaid>,
    IConsumer<InvoicePaymentFailed>
{
    public static ConcurrentQueue<StripeEventInfo> Events { get; } = new();

    public Task Consume(ConsumeContext<SubscriptionCreated> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<SubscriptionUpdated> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<SubscriptionDeleted> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<InvoicePaid> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<InvoicePaymentFailed> context) => Add(context.Message.Event);

    private static Task Add(StripeEventInfo stripeEvent)
    {
        Events.Enqueue(stripeEvent);
        return Task.CompletedTask;
    }
}
