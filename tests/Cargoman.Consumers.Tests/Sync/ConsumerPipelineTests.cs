using Cargoman.Consumers.Sync;
using Cargoman.Consumers.Tests.Support;
using Cargoman.Contracts;
using static Cargoman.Consumers.Tests.Support.ScenarioEvents;

namespace Cargoman.Consumers.Tests.Sync;

/// <summary>
/// Publishes messages to the consumers through the local RabbitMQ and checks the Cargoman stand-in's
/// customers, with Stripe's state served by the Stripe stand-in and the consumers' state in PostgreSQL.
/// </summary>
public sealed class ConsumerPipelineTests : IAsyncLifetime
{
    private ConsumerHarness _harness = null!;

    public async Task InitializeAsync()
    {
        // Subscriptions exist before the stand-in starts; cus_cancels's end 10 s after the start.
        var scenario = new
        {
            customers = new[] { Customer("cus_active", "Ada Lovelace"), Customer("cus_past_due", "Grace Hopper"), Customer("cus_cancels", "Alan Turing") },
            events = new[]
            {
                Subscription(-30, "created", "sub_active", "cus_active", "active"),
                Subscription(-29, "created", "sub_past_due", "cus_past_due", "past_due", "price_basic"),
                Subscription(-28, "created", "sub_cancels", "cus_cancels", "active", "price_basic"),
                Subscription(-27, "created", "sub_cancels_addon", "cus_cancels", "active", "price_addon"),
                Subscription(10, "deleted", "sub_cancels", "cus_cancels", "canceled", "price_basic"),
                Subscription(10, "deleted", "sub_cancels_addon", "cus_cancels", "canceled", "price_addon"),
            },
            packages = Catalogue(),
        };
        _harness = await ConsumerHarness.StartAsync(scenario);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task SubscriptionCreated_CreatesCustomerWithGrants()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_active");

        // The customer is created first and granted its packages by a second call.
        var customer = await _harness.WaitForCustomerAsync("cus_active", c => ConsumerHarness.Packages(c).Count == 2);

        Assert.Equal("active", customer.GetProperty("status").GetString());
        Assert.Equal("Ada Lovelace", customer.GetProperty("name").GetString());
        Assert.Equal("cus_active@example.test", customer.GetProperty("email").GetString());
        Assert.Equal(["vendor/core", "vendor/pro-features"], ConsumerHarness.Packages(customer));
    }

    [Fact]
    public async Task SameEventTwice_AppliesItOnce()
    {
        var message = new SubscriptionCreated(_harness.NextEvent(StripeEventTypes.SubscriptionCreated), "cus_active", ConsumerHarness.Subscription("sub_active", "active"));

        await _harness.PublishAsync(message);
        await _harness.PublishAsync(message);
        await _harness.WaitForProcessedAsync(message.Event.EventId);
        await Task.Delay(1000);
        var calls = await _harness.GetCallsAsync();

        Assert.Single(calls, call => call is { Method: "POST", Path: "/api/v1/customers" });
        Assert.Single(calls, call => call.Method == "PUT" && call.Path.EndsWith("/packages", StringComparison.Ordinal));
        Assert.Equal(1, await _harness.ReadCounterAsync(DeliveryCounters.Duplicate));
    }

    [Fact]
    public async Task SecondEventSameChange_MakesNoCall()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_active");
        await _harness.WaitForCustomerAsync("cus_active", c => ConsumerHarness.Packages(c).Count == 2);
        var callsBefore = await _harness.CountMutationsAsync();

        var second = await _harness.PublishSubscriptionCreatedAsync("cus_active");
        var outcome = await _harness.WaitForProcessedAsync(second.Event.EventId);

        Assert.StartsWith("no change", outcome, StringComparison.Ordinal);
        Assert.Equal(callsBefore, await _harness.CountMutationsAsync());
    }

    [Fact]
    public async Task CargomanOutage_RiddenOut_WithoutErrorQueue()
    {
        using var fault = await _harness.Cargoman.Http.PostAsync("/_standin/faults", ConsumerHarness.Json("""{"status": 503, "seconds": 12}"""));
        fault.EnsureSuccessStatusCode();

        await _harness.PublishSubscriptionCreatedAsync("cus_active");
        await _harness.WaitForCustomerAsync("cus_active", c => ConsumerHarness.Packages(c).Count == 2, TimeSpan.FromSeconds(90));

        Assert.Contains(await _harness.GetCallsAsync("/by-external/cus_active"), call => call.Status == 503);
        Assert.Equal(0, await _harness.CountErrorQueueAsync() ?? 0);
    }

    [Fact]
    public async Task PaymentFailed_SuspendsWithReason()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_past_due");

        var customer = await _harness.WaitForStatusAsync("cus_past_due", "suspended");

        Assert.Contains("past_due", customer.GetProperty("suspension_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOffInvoice_IsIgnoredWithoutCalls()
    {
        var message = new InvoicePaid(_harness.NextEvent(StripeEventTypes.InvoicePaid), "cus_active", new InvoiceInfo("in_manual", null, "manual", "paid"));

        await _harness.PublishAsync(message);
        var outcome = await _harness.WaitForProcessedAsync(message.Event.EventId);

        Assert.StartsWith("ignored: invoice in_manual is a one-off invoice", outcome, StringComparison.Ordinal);
        Assert.Equal(0, await _harness.CountMutationsAsync());
        Assert.Equal(1, await _harness.ReadCounterAsync(DeliveryCounters.Ignored));
    }

    [Fact]
    public async Task CustomerUnknownToStripe_AcknowledgedWithoutCalls()
    {
        var message = await _harness.PublishSubscriptionCreatedAsync("cus_unknown");

        var outcome = await _harness.WaitForProcessedAsync(message.Event.EventId);

        Assert.StartsWith("no change: not in Cargoman", outcome, StringComparison.Ordinal);
        Assert.Equal(0, await _harness.CountMutationsAsync());
        Assert.Equal(0, await _harness.CountErrorQueueAsync() ?? 0);
    }

    [Fact]
    public async Task LiveEvent_WithTestKey_IsDropped()
    {
        var stripeEvent = _harness.NextEvent(StripeEventTypes.SubscriptionCreated) with { Livemode = true };
        await _harness.PublishAsync(new SubscriptionCreated(stripeEvent, "cus_active", ConsumerHarness.Subscription("sub_active", "active")));
        await _harness.PublishSubscriptionCreatedAsync("cus_past_due");
        await _harness.WaitForStatusAsync("cus_past_due", "suspended");

        Assert.Null(await _harness.FindCustomerAsync("cus_active"));
        Assert.Null(await _harness.FindProcessedAsync(stripeEvent.EventId));
        Assert.Equal(1, await _harness.ReadCounterAsync(DeliveryCounters.OtherAccount));
    }

    [Fact]
    public async Task OtherConnectAccount_IsDropped()
    {
        var stripeEvent = _harness.NextEvent(StripeEventTypes.SubscriptionCreated) with { Account = "acct_other" };
        await _harness.PublishAsync(new SubscriptionCreated(stripeEvent, "cus_active", ConsumerHarness.Subscription("sub_active", "active")));
        await _harness.PublishSubscriptionCreatedAsync("cus_past_due");
        await _harness.WaitForStatusAsync("cus_past_due", "suspended");

        Assert.Null(await _harness.FindCustomerAsync("cus_active"));
        Assert.Equal(1, await _harness.ReadCounterAsync(DeliveryCounters.OtherAccount));
    }

    [Fact]
    public async Task CanceledSubscription_FreezesToNewestAllowedVersions()
    {
        await _harness.PublishSubscriptionCreatedAsync("cus_cancels");
        await _harness.WaitForCustomerAsync("cus_cancels", c => ConsumerHarness.Packages(c).Count == 2);

        await _harness.WaitForStripeReleasedAsync(6);
        await _harness.PublishAsync(new SubscriptionDeleted(_harness.NextEvent(StripeEventTypes.SubscriptionDeleted), "cus_cancels", ConsumerHarness.Subscription("sub_cancels", "canceled")));
        var customer = await _harness.WaitForStatusAsync("cus_cancels", "frozen");

        var frozen = customer.GetProperty("frozen_versions").EnumerateArray()
            .ToDictionary(v => v.GetProperty("package").GetString()!, v => v.GetProperty("version").GetString()!);
        Assert.Equal("2.5.0", frozen["vendor/core"]);
        Assert.Equal("1.4.2", frozen["vendor/addon"]);
    }

    [Fact]
    public async Task ConcurrentEvents_OneCustomer_RunOneAtATime()
    {
        var messages = Enumerable.Range(0, 20)
            .Select(_ => new SubscriptionUpdated(_harness.NextEvent(StripeEventTypes.SubscriptionUpdated), "cus_active", ConsumerHarness.Subscription("sub_active", "active")))
            .ToList();

        await Task.WhenAll(messages.Select(message => _harness.PublishAsync(message)));
        foreach (var message in messages)
        {
            await _harness.WaitForProcessedAsync(message.Event.EventId);
        }

        var calls = await _harness.GetCallsAsync();
        Assert.Single(calls, call => call is { Method: "POST", Path: "/api/v1/customers" });
        Assert.DoesNotContain(calls, call => call.Status == 409);
    }
}
