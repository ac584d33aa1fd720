using Cargoman.Consumers.Tests.Support;
using Cargoman.Contracts;
using static Cargoman.Consumers.Tests.Support.ScenarioEvents;

namespace Cargoman.Consumers.Tests.Sync;

/// <summary>
/// Stripe delivers at least once and in any order: each customer's Cargoman state must depend only on what is true in Stripe.
/// </summary>
/// <remarks>
/// The Stripe stand-in changes the subscriptions on a timeline measured from its start; the tests
/// publish the events' messages in whatever order and number the case needs.
/// </remarks>
public sealed class DeliveryRulesTests : IAsyncLifetime
{
    private const int PermutedCustomers = 24;

    // Seconds after the stand-in's start. The margins let the first messages finish before Stripe's state changes, even on a loaded 2-core machine.
    private const double ChangeAt = 10;
    private const double EndAt = 8;
    private const double ResubscribeAt = 14;

    private static readonly object[] s_timeline = BuildTimeline();

    private ConsumerHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var customers = new List<object>
        {
            Customer("cus_order", "Order"), Customer("cus_twice", "Twice"), Customer("cus_retry", "Retry"),
            Customer("cus_cape", "Cape"), Customer("cus_upgrade", "Upgrade"), Customer("cus_old", "Old"),
            Customer("cus_wb_frozen", "Frozen"), Customer("cus_wb_expired", "Expired"),
        };
        customers.AddRange(Enumerable.Range(0, PermutedCustomers).Select(i => Customer($"cus_perm_{i:00}", $"Permutation {i}")));

        _harness = await ConsumerHarness.StartAsync(new { customers, events = s_timeline, packages = Catalogue() });
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task UpdatedBeforeCreated_EndsActiveWithPackages()
    {
        var created = _harness.NextEvent(StripeEventTypes.SubscriptionCreated) with { Created = DateTimeOffset.UtcNow.AddSeconds(-30) };
        var updated = _harness.NextEvent(StripeEventTypes.SubscriptionUpdated) with { Created = DateTimeOffset.UtcNow.AddSeconds(-29) };

        await _harness.PublishAsync(new SubscriptionUpdated(updated, "cus_order", ConsumerHarness.Subscription("sub_order", "active", "price_basic")));
        await _harness.WaitForProcessedAsync(updated.EventId);
        await _harness.PublishAsync(new SubscriptionCreated(created, "cus_order", ConsumerHarness.Subscription("sub_order", "incomplete", "price_basic")));
        await _harness.WaitForProcessedAsync(created.EventId);
        var customer = await _harness.FindCustomerAsync("cus_order");

        Assert.Equal("active", customer!.Value.GetProperty("status").GetString());
        Assert.Equal(["vendor/core"], ConsumerHarness.Packages(customer.Value));
    }

    [Fact]
    public async Task InvoicePaidByWebhookAndPoll_ReactivatesOnce()
    {
        await SuspendAsync("cus_twice", "sub_twice");
        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ChangeAt));

        var paid = new InvoicePaid(_harness.NextEvent(StripeEventTypes.InvoicePaid), "cus_twice", new InvoiceInfo("in_twice", "sub_twice", "subscription_cycle", "paid"));
        await _harness.PublishAsync(paid);
        await _harness.PublishAsync(paid);
        await _harness.WaitForStatusAsync("cus_twice", "active");
        await Task.Delay(1000);

        Assert.Single(await _harness.GetCallsAsync("/reactivate"));
    }

    [Fact]
    public async Task FailedThenRetriedPayment_LaterUpdateChangesNothing()
    {
        var failed = new InvoicePaymentFailed(_harness.NextEvent(StripeEventTypes.InvoicePaymentFailed), "cus_retry", new InvoiceInfo("in_retry", "sub_retry", "subscription_cycle", "open"));
        await _harness.PublishSubscriptionCreatedAsync("cus_retry", "sub_retry");
        await _harness.PublishAsync(failed);
        await _harness.WaitForStatusAsync("cus_retry", "suspended");

        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ChangeAt));
        var paid = await _harness.PublishAsync(new InvoicePaid(_harness.NextEvent(StripeEventTypes.InvoicePaid), "cus_retry", new InvoiceInfo("in_retry", "sub_retry", "subscription_cycle", "paid")));
        await _harness.WaitForProcessedAsync(paid.Event.EventId);
        var mutationsAfterPaid = await _harness.CountMutationsAsync();
        var updated = await _harness.PublishAsync(new SubscriptionUpdated(_harness.NextEvent(StripeEventTypes.SubscriptionUpdated), "cus_retry", ConsumerHarness.Subscription("sub_retry", "active", "price_basic")));
        await _harness.WaitForProcessedAsync(updated.Event.EventId);

        Assert.Equal("active", (await _harness.FindCustomerAsync("cus_retry"))!.Value.GetProperty("status").GetString());
        Assert.Single(await _harness.GetCallsAsync("/reactivate"));
        Assert.Equal(mutationsAfterPaid, await _harness.CountMutationsAsync());
    }

    [Fact]
    public async Task InvoicePaidOfSubscription_Reactivates()
    {
        // The translator reads the subscription from parent.subscription_details; a message that names it reactivates.
        await SuspendAsync("cus_twice", "sub_twice");
        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ChangeAt));

        await _harness.PublishAsync(new InvoicePaid(_harness.NextEvent(StripeEventTypes.InvoicePaid), "cus_twice", new InvoiceInfo("in_parent", "sub_twice", "subscription_cycle", "paid")));

        await _harness.WaitForStatusAsync("cus_twice", "active");
    }

    [Fact]
    public async Task CancelAtPeriodEnd_StaysActiveUntilDeleted()
    {
        var update = await _harness.PublishAsync(new SubscriptionUpdated(_harness.NextEvent(StripeEventTypes.SubscriptionUpdated), "cus_cape", ConsumerHarness.Subscription("sub_cape", "active", "price_basic") with { CancelAtPeriodEnd = true }));
        await _harness.WaitForProcessedAsync(update.Event.EventId);
        var beforeEnd = await _harness.FindCustomerAsync("cus_cape");

        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ChangeAt));
        await _harness.PublishAsync(new SubscriptionDeleted(_harness.NextEvent(StripeEventTypes.SubscriptionDeleted), "cus_cape", ConsumerHarness.Subscription("sub_cape", "canceled", "price_basic")));
        var afterEnd = await _harness.WaitForStatusAsync("cus_cape", "frozen");

        Assert.Equal("active", beforeEnd!.Value.GetProperty("status").GetString());
        Assert.Equal("frozen", afterEnd.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upgrade_ReplacesGrantsInOnePut()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_upgrade");
        await _harness.WaitForCustomerAsync("cus_upgrade", c => ConsumerHarness.Packages(c).Count == 1);

        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ChangeAt));
        await _harness.PublishAsync(new SubscriptionUpdated(_harness.NextEvent(StripeEventTypes.SubscriptionUpdated), "cus_upgrade", ConsumerHarness.Subscription("sub_upgrade", "active", "price_pro")));
        await _harness.WaitForCustomerAsync("cus_upgrade", c => ConsumerHarness.Packages(c).Count == 2);
        var puts = (await _harness.GetCallsAsync("/packages")).Where(call => call.Method == "PUT").ToList();

        Assert.Equal(2, puts.Count);
        Assert.Contains("vendor/pro-features", puts[1].Body, StringComparison.Ordinal);
        Assert.Contains("vendor/core", puts[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldApiVersionEvent_IsProcessed()
    {
        var stripeEvent = _harness.NextEvent(StripeEventTypes.InvoicePaymentFailed) with { ApiVersion = "2022-08-01" };

        await _harness.PublishAsync(new InvoicePaymentFailed(stripeEvent, "cus_old", new InvoiceInfo("in_old", "sub_old", "subscription_cycle", "open")));
        var outcome = await _harness.WaitForProcessedAsync(stripeEvent.EventId);

        Assert.Contains("suspended", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResubscribeAfterFreeze_Reactivates()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_wb_frozen", "sub_wb1");
        await _harness.WaitForCustomerAsync("cus_wb_frozen", c => ConsumerHarness.Packages(c).Count == 1);
        await _harness.WaitForStripeReleasedAsync(ReleasedBy(EndAt));
        await _harness.PublishAsync(new SubscriptionDeleted(_harness.NextEvent(StripeEventTypes.SubscriptionDeleted), "cus_wb_frozen", ConsumerHarness.Subscription("sub_wb1", "canceled", "price_basic")));
        await _harness.WaitForStatusAsync("cus_wb_frozen", "frozen");

        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ResubscribeAt));
        await _harness.PublishSubscriptionCreatedAsync("cus_wb_frozen", "sub_wb2");
        var customer = await _harness.WaitForStatusAsync("cus_wb_frozen", "active");

        Assert.Equal(["vendor/core", "vendor/pro-features"], ConsumerHarness.Packages(customer));
    }

    [Fact]
    public async Task ResubscribeAfterExpiry_Rejected_GoesToErrorQueue()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_wb_expired", "sub_wx1");
        await _harness.WaitForCustomerAsync("cus_wb_expired", c => ConsumerHarness.Packages(c).Count == 1);
        await _harness.WaitForStripeReleasedAsync(ReleasedBy(EndAt));
        await _harness.PublishAsync(new SubscriptionDeleted(_harness.NextEvent(StripeEventTypes.SubscriptionDeleted), "cus_wb_expired", ConsumerHarness.Subscription("sub_wx1", "canceled", "price_basic")));
        await _harness.WaitForStatusAsync("cus_wb_expired", "expired");

        await _harness.WaitForStripeReleasedAsync(ReleasedBy(ResubscribeAt));
        var resubscribed = await _harness.PublishSubscriptionCreatedAsync("cus_wb_expired", "sub_wx2");
        int? inErrorQueue = null;
        for (var attempt = 0; attempt < 100 && inErrorQueue is null or 0; attempt++)
        {
            await Task.Delay(200);
            inErrorQueue = await _harness.CountErrorQueueAsync();
        }

        Assert.Equal(1, inErrorQueue);
        Assert.Null(await _harness.FindProcessedAsync(resubscribed.Event.EventId));
        Assert.Equal("expired", (await _harness.FindCustomerAsync("cus_wb_expired"))!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task EveryPermutation_EndsInSameState()
    {
        var orders = Permutations([0, 1, 2, 3]).ToList();
        Assert.Equal(PermutedCustomers, orders.Count);

        var published = new List<string>();
        for (var step = 0; step < 4; step++)
        {
            for (var customer = 0; customer < PermutedCustomers; customer++)
            {
                var message = PermutedMessage($"cus_perm_{customer:00}", $"sub_perm_{customer:00}", orders[customer][step]);
                await _harness.Bus.Publish(message);
                published.Add(((dynamic)message).Event.EventId);
            }
        }

        foreach (var eventId in published)
        {
            await _harness.WaitForProcessedAsync(eventId);
        }

        for (var customer = 0; customer < PermutedCustomers; customer++)
        {
            var state = await _harness.FindCustomerAsync($"cus_perm_{customer:00}");
            Assert.Equal("active", state!.Value.GetProperty("status").GetString());
            Assert.Equal(["vendor/core", "vendor/pro-features"], ConsumerHarness.Packages(state.Value));
        }
    }

    /// <summary>The four events of a customer's history: created, payment failed, paid, upgraded.</summary>
    private object PermutedMessage(string customerId, string subscriptionId, int index) => index switch
    {
        0 => new SubscriptionCreated(_harness.NextEvent(StripeEventTypes.SubscriptionCreated), customerId, ConsumerHarness.Subscription(subscriptionId, "active", "price_basic")),
        1 => new InvoicePaymentFailed(_harness.NextEvent(StripeEventTypes.InvoicePaymentFailed), customerId, new InvoiceInfo("in_" + subscriptionId, subscriptionId, "subscription_cycle", "open")),
        2 => new InvoicePaid(_harness.NextEvent(StripeEventTypes.InvoicePaid), customerId, new InvoiceInfo("in_" + subscriptionId, subscriptionId, "subscription_cycle", "paid")),
        _ => new SubscriptionUpdated(_harness.NextEvent(StripeEventTypes.SubscriptionUpdated), customerId, ConsumerHarness.Subscription(subscriptionId, "active", "price_pro")),
    };

    private async Task SuspendAsync(string customerId, string subscriptionId)
    {
        await _harness.PublishSubscriptionCreatedAsync(customerId, subscriptionId);
        await _harness.WaitForStatusAsync(customerId, "suspended");
    }

    private static int ReleasedBy(double seconds) => s_timeline.Count(entry => (double)entry.GetType().GetProperty("at")!.GetValue(entry)! <= seconds);

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        foreach (var first in items)
        {
            foreach (var rest in Permutations([.. items.Where(item => item != first)]))
            {
                yield return [first, .. rest];
            }
        }
    }

    private static object[] BuildTimeline()
    {
        var timeline = new List<object>
        {
            Subscription(-30, "created", "sub_order", "cus_order", "incomplete", "price_basic"),
            Subscription(-29, "updated", "sub_order", "cus_order", "active", "price_basic"),
            Subscription(-30, "created", "sub_twice", "cus_twice", "active", "price_basic"),
            Subscription(-29, "updated", "sub_twice", "cus_twice", "past_due", "price_basic"),
            Subscription(ChangeAt, "updated", "sub_twice", "cus_twice", "active", "price_basic"),
            Subscription(-30, "created", "sub_retry", "cus_retry", "active", "price_basic"),
            Subscription(-29, "updated", "sub_retry", "cus_retry", "past_due", "price_basic"),
            Subscription(ChangeAt, "updated", "sub_retry", "cus_retry", "active", "price_basic"),
            Subscription(-30, "created", "sub_cape", "cus_cape", "active", "price_basic"),
            Subscription(-29, "updated", "sub_cape", "cus_cape", "active", "price_basic", new { cancel_at_period_end = true }),
            Subscription(ChangeAt, "deleted", "sub_cape", "cus_cape", "canceled", "price_basic"),
            Subscription(-30, "created", "sub_upgrade", "cus_upgrade", "active", "price_basic"),
            Subscription(ChangeAt, "updated", "sub_upgrade", "cus_upgrade", "active", "price_pro"),
            Subscription(-30, "created", "sub_old", "cus_old", "active", "price_basic"),
            Subscription(-29, "updated", "sub_old", "cus_old", "past_due", "price_basic"),
            Subscription(-30, "created", "sub_wb1", "cus_wb_frozen", "active", "price_basic"),
            Subscription(EndAt, "deleted", "sub_wb1", "cus_wb_frozen", "canceled", "price_basic"),
            Subscription(ResubscribeAt, "created", "sub_wb2", "cus_wb_frozen", "active", "price_pro"),
            Subscription(-30, "created", "sub_wx1", "cus_wb_expired", "active", "price_basic", new { metadata = new { cargoman_end_action = "expire" } }),
            Subscription(EndAt, "deleted", "sub_wx1", "cus_wb_expired", "canceled", "price_basic", new { metadata = new { cargoman_end_action = "expire" } }),
            Subscription(ResubscribeAt, "created", "sub_wx2", "cus_wb_expired", "active", "price_pro"),
        };

        for (var i = 0; i < PermutedCustomers; i++)
        {
            timeline.Add(Subscription(-30, "created", $"sub_perm_{i:00}", $"cus_perm_{i:00}", "active", "price_basic"));
            timeline.Add(Subscription(-29, "updated", $"sub_perm_{i:00}", $"cus_perm_{i:00}", "past_due", "price_basic"));
            timeline.Add(Subscription(-28, "updated", $"sub_perm_{i:00}", $"cus_perm_{i:00}", "active", "price_basic"));
            timeline.Add(Subscription(-27, "updated", $"sub_perm_{i:00}", $"cus_perm_{i:00}", "active", "price_pro"));
        }

        return [.. timeline];
    }
}
