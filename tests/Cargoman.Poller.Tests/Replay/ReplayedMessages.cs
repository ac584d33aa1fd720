using System.Collections.Concurrent;
using Cargoman.Contracts;
using Cargoman.Infrastructure.Messaging;
using MassTransit;

namespace Cargoman.Poller.Tests.Replay;

/// <summary>
/// Collects the messages that reach a test's queue, per virtual host, so that test classes running at once stay apart.
/// </summary>
public sealed class ReplayedMessages :
    IConsumer<SubscriptionCreated>,
    IConsumer<SubscriptionUpdated>,
    IConsumer<SubscriptionDeleted>,
    IConsumer<InvoicePaid>,
    IConsumer<InvoicePaymentFailed>
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<ReplayedMessage>> s_byVirtualHost = new();

    public static ConcurrentQueue<ReplayedMessage> For(string virtualHost) => s_byVirtualHost.GetOrAdd(virtualHost, _ => new());

    public Task Consume(ConsumeContext<SubscriptionCreated> context) => Add(context, context.Message.Event);

    public Task Consume(ConsumeContext<SubscriptionUpdated> context) => Add(context, context.Message.Event);

    public Task Consume(ConsumeContext<SubscriptionDeleted> context) => Add(context, context.Message.Event);

    public Task Consume(ConsumeContext<InvoicePaid> context) => Add(context, context.Message.Event);

    public Task Consume(ConsumeContext<InvoicePaymentFailed> context) => Add(context, context.Message.Event);

    private static Task Add(ConsumeContext context, StripeEventInfo stripeEvent)
    {
        var virtualHost = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/').Split('/')[0];
        var run = context.Headers.Get<string>(ReplayHeaders.ReprocessRun);
        For(virtualHost).Enqueue(new ReplayedMessage(stripeEvent.EventId, stripeEvent.Created, run));
        return Task.CompletedTask;
    }
}
