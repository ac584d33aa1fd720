using Cargoman.Consumers.Sync;
using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal sealed class SubscriptionDeletedConsumer(EventProcessor processor) : IConsumer<SubscriptionDeleted>
{
    public Task Consume(ConsumeContext<SubscriptionDeleted> context) =>
        processor.ProcessAsync(context.Message.Event, context.Message.CustomerId, context.PublishedAt(), null, context.ReprocessRun(), context.CancellationToken);
}
