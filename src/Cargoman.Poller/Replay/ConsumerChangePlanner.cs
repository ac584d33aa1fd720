using Cargoman.Consumers.Sync;
using Cargoman.Poller.Translation;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Plans an event's change with the consumers' <see cref="ReconciliationPlanner"/>, from the customer's subscriptions
/// as Stripe has them now, as the consumers would when the replayed message arrives.
/// </summary>
internal sealed class ConsumerChangePlanner(ReconciliationPlanner planner) : IChangePlanner
{
    public Task<string> PlanAsync(StripeEventTranslation translation, CancellationToken cancellationToken) =>
        translation.CustomerId is { } customerId
            ? planner.PlanAsync(customerId, cancellationToken)
            : Task.FromResult("no change: the event names no customer");
}
