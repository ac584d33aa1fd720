using Cargoman.Infrastructure.Messaging;
using MassTransit;

namespace Cargoman.Consumers.Consumers;

/// <summary>
/// The receive endpoint that every consumer shares, and its failure policy.
/// </summary>
/// <remarks>
/// One queue keeps the messages of a customer in publish order and lets one concurrency limit and one
/// failure policy govern them all. RabbitMQ's delayed-message plugin is not in Debian's package, so
/// outages are ridden out without a scheduler:
/// <list type="number">
/// <item>Cargoman's HTTP client retries blips of a few seconds itself.</item>
/// <item>Message retry, in memory with the message unacknowledged in RabbitMQ, waits out an outage of
/// <c>Sync:RetryIntervals</c>, about 15 minutes by default, for failures worth retrying (see <see cref="FailureClassifier"/>). Nothing is
/// lost if the process stops meanwhile: RabbitMQ delivers the message again.</item>
/// <item>The kill switch stops the endpoint when many messages still fail, so the rest of the queue
/// waits in RabbitMQ instead of failing one by one, and restarts it a minute later.</item>
/// <item>Failures that waiting cannot cure, and outages longer than the retries, go to the
/// <c>cargoman-sync_error</c> queue.</item>
/// </list>
/// </remarks>
internal static class SyncEndpoint
{
    public const string Name = SyncQueue.Name;

    /// <summary>
    /// Adds the endpoint-wide part of the failure policy; <see cref="SyncConsumerDefinition{TConsumer}"/> adds the retries.
    /// </summary>
    public static void ConfigureKillSwitch(IReceiveEndpointConfigurator endpoint)
    {
        endpoint.UseKillSwitch(killSwitch => killSwitch
            .SetActivationThreshold(10)
            .SetTripThreshold(0.15)
            .SetRestartTimeout(TimeSpan.FromMinutes(1)));
    }
}
