using Cargoman.Consumers.Sync;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Consumers.Consumers;

/// <summary>
/// Puts a consumer on the shared <see cref="SyncEndpoint"/> with the shared message retry.
/// </summary>
internal sealed class SyncConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public SyncConsumerDefinition()
    {
        EndpointName = SyncEndpoint.Name;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var intervals = RetrySchedule.Parse(context.GetRequiredService<IOptions<SyncOptions>>().Value.RetryIntervals);

        // On the consumer, not the endpoint: five consumers share the endpoint, and endpoint filters would stack.
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(FailureClassifier.IsWorthRetrying);
            retry.Intervals(intervals);
        });
    }
}
