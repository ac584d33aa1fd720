using Cargoman.Consumers.Sync;
using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal sealed class InvoicePaidConsumer(EventProcessor processor) : IConsumer<InvoicePaid>
{
    public Task Consume(ConsumeContext<InvoicePaid> context) =>
        processor.ProcessAsync(context.Message.Event, context.Message.CustomerId, context.PublishedAt(), context.Message.Invoice.IgnoredBecause(), context.ReprocessRun(), context.CancellationToken);
}
