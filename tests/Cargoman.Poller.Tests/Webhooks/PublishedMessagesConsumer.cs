using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Poller.Tests.Webhooks;

/// <summary>
/// Adds every message that reaches the test's queue to <see cref="PublishedMessages"/>.
/// </summary>
public sealed class PublishedMessagesConsumer(PublishedMessages messages) :
    IConsumer<SubscriptionCreated>,
    IConsumer<SubscriptionUpdated>,
    IConsumer<SubscriptionDeleted>,
    IConsumer<InvoicePaid>,
    IConsumer<InvoicePaymentFailed>
{
    public Task Consume(ConsumeContext<SubscriptionCreated> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<SubscriptionUpdated> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<SubscriptionDeleted> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<InvoicePaid> context) => Add(context.Message.Event);

    public Task Consume(ConsumeContext<InvoicePaymentFailed> context) => Add(context.Message.Event);

    private Task Add(StripeEventInfo stripeEvent)
    {
        messages.Events.Enqueue(stripeEvent);
        return Task.CompletedTask;
    }
}
