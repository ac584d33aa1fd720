using System.Collections.Concurrent;
using System.Net;
using Stripe;

namespace Cargoman.Consumers.Stripe;

/// <summary>
/// Reads customers and their subscriptions from Stripe, the source of truth for what a customer may access.
/// </summary>
/// <remarks>
/// Events are only triggers: each message reads the customer's current subscriptions, so events that
/// arrive late, twice or out of order all lead to the same state. Reads are coalesced: a message reuses
/// a read of the same customer that started after the message was published, because the poller or
/// webhook saw the event before publishing it, so that read includes the event's change. A burst of
/// events for one customer then costs one read.
/// </remarks>
internal sealed class StripeAccountReader(IStripeClient stripeClient, TimeProvider timeProvider)
{
    private static readonly TimeSpan s_reuseLimit = TimeSpan.FromSeconds(30);

    private readonly SubscriptionService _subscriptions = new(stripeClient);
    private readonly CustomerService _customers = new(stripeClient);
    private readonly ConcurrentDictionary<string, SubscriptionRead> _recentReads = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns every subscription of the customer, ended ones included, as Stripe has them now.
    /// </summary>
    /// <param name="freshAfter">The earliest start of a read that may be reused: when the triggering message was published.</param>
    public async Task<IReadOnlyList<StripeSubscriptionState>> GetSubscriptionsAsync(string customerId, DateTimeOffset freshAfter, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        RemoveStaleReads(now);

        if (_recentReads.TryGetValue(customerId, out var recent) && recent.StartedAt > freshAfter && !recent.Result.IsFaulted && !recent.Result.IsCanceled)
        {
            return await recent.Result.WaitAsync(cancellationToken);
        }

        var read = new SubscriptionRead(now, ListSubscriptionsAsync(customerId, cancellationToken));
        _recentReads[customerId] = read;
        return await read.Result;
    }

    /// <summary>
    /// Returns the customer's name and e-mail, or marks it deleted when Stripe deleted it or responds 404.
    /// </summary>
    public async Task<StripeCustomerDetails> GetCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        try
        {
            var customer = await _customers.GetAsync(customerId, cancellationToken: cancellationToken);
            return new StripeCustomerDetails(customerId, customer.Name, customer.Email, customer.Deleted == true);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return new StripeCustomerDetails(customerId, null, null, Deleted: true);
        }
    }

    private async Task<IReadOnlyList<StripeSubscriptionState>> ListSubscriptionsAsync(string customerId, CancellationToken cancellationToken)
    {
        var options = new SubscriptionListOptions { Customer = customerId, Status = "all", Limit = 100 };
        var result = new List<StripeSubscriptionState>();
        await foreach (var subscription in _subscriptions.ListAutoPagingAsync(options, cancellationToken: cancellationToken))
        {
            var items = subscription.Items?.Data?
                .Where(item => item.Price?.Id is not null)
                .Select(item => new StripeSubscriptionItem(item.Price.Id, item.Quantity))
                .ToList() ?? [];

            result.Add(new StripeSubscriptionState(
                subscription.Id,
                subscription.Status,
                items,
                subscription.CancelAtPeriodEnd,
                CollectionPaused: subscription.PauseCollection is not null,
                EndActionOverride: subscription.Metadata?.GetValueOrDefault(StripeSubscriptionState.EndActionMetadataKey)));
        }

        return result;
    }

    private void RemoveStaleReads(DateTimeOffset now)
    {
        foreach (var (customerId, read) in _recentReads)
        {
            if (now - read.StartedAt > s_reuseLimit)
            {
                _recentReads.TryRemove(new KeyValuePair<string, SubscriptionRead>(customerId, read));
            }
        }
    }

    private sealed record SubscriptionRead(DateTimeOffset StartedAt, Task<IReadOnlyList<StripeSubscriptionState>> Result);
}
