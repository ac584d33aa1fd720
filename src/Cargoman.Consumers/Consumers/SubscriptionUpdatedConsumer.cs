using Cargoman.Consumers.Sync;
using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal sealed class SubscriptionUpdatedConsumer(EventProcessor processor) : IConsumer<SubscriptionUpdated>
{
    public Task Consume(ConsumeContext<SubscriptionUpdated> context) =>
        processor.ProcessAsync(context.Message.Event, context.Message.CustomerId, context.PublishedAt(), null, context.ReprocessRun(), context.CancellationToken);
}
