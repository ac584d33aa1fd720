using Cargoman.Consumers.Sync;
using Cargoman.Contracts;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

internal sealed class InvoicePaymentFailedConsumer(EventProcessor processor) : IConsumer<InvoicePaymentFailed>
{
    public Task Consume(ConsumeContext<InvoicePaymentFailed> context) =>
        processor.ProcessAsync(context.Message.Event, context.Message.CustomerId, context.PublishedAt(), context.Message.Invoice.IgnoredBecause(), context.ReprocessRun(), context.CancellationToken);
}
