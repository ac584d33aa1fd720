using Cargoman.Consumers.Sync;
using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal sealed class SubscriptionCreatedConsumer(EventProcessor processor) : IConsumer<SubscriptionCreated>
{
    public Task Consume(ConsumeContext<SubscriptionCreated> context) =>
        processor.ProcessAsync(context.Message.Event, context.Message.CustomerId, context.PublishedAt(), null, context.ReprocessRun(), context.CancellationToken);
}
