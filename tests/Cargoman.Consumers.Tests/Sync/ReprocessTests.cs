using Cargoman.Consumers.Sync;
using Cargoman.Consumers.Tests.Support;
using Cargoman.Contracts;
using Cargoman.Infrastructure.Messaging;
using Dapper;
using MassTransit;
using Npgsql;
using static Cargoman.Consumers.Tests.Support.ScenarioEvents;

namespace Cargoman.Consumers.Tests.Sync;

/// <summary>
/// A replay run with --reprocess sends processed events again with the Cargoman-Replay-Run header.
/// </summary>
public sealed class ReprocessTests : IAsyncLifetime
{
    // Seconds after the stand-in's start; the margin lets the first message finish before Stripe's state changes.
    private const double PastDueAt = 6;

    private ConsumerHarness _harness = null!;

    public async Task InitializeAsync()
    {
        object Subscription(string status) =>
            new { id = "sub_rep", customer = "cus_rep", status, items = new[] { new { price = "price_basic", quantity = 1 } } };

        var events = new object[]
        {
            new { at = 0.5, type = StripeEventTypes.SubscriptionCreated, @object = Subscription("active") },
            new { at = PastDueAt, type = StripeEventTypes.SubscriptionUpdated, @object = Subscription("past_due") },
        };
        _harness = await ConsumerHarness.StartAsync(new { customers = new[] { Customer("cus_rep", "Reprocess") }, events, packages = Catalogue() });
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ReprocessedOldEvent_KeepsNewerState()
    {
        await _harness.WaitForStripeReleasedAsync(1);
        var created = await _harness.PublishSubscriptionCreatedAsync("cus_rep", "sub_rep");
        await _harness.WaitForStatusAsync("cus_rep", "active");
        await _harness.WaitForStripeReleasedAsync(2);
        var updated = new SubscriptionUpdated(_harness.NextEvent(StripeEventTypes.SubscriptionUpdated), "cus_rep", ConsumerHarness.Subscription("sub_rep", "past_due", "price_basic"));
        await _harness.PublishAsync(updated);
        await _harness.WaitForStatusAsync("cus_rep", "suspended");
        var runId = Guid.NewGuid();

        await _harness.Bus.Publish(created, context => context.Headers.Set(ReplayHeaders.ReprocessRun, runId.ToString("N")));
        var outcome = await WaitForReprocessedAsync(created.Event.EventId, runId);
        var customer = await _harness.FindCustomerAsync("cus_rep");

        Assert.StartsWith("no change: Suspended", outcome, StringComparison.Ordinal);
        Assert.Equal("suspended", customer!.Value.GetProperty("status").GetString());
        Assert.Equal(0, await _harness.ReadCounterAsync(DeliveryCounters.Duplicate));
        Assert.NotNull(await _harness.FindProcessedAsync(created.Event.EventId));
    }

    [Fact]
    public async Task SameRunDeliveredTwice_CountedAsDuplicate()
    {
        await _harness.WaitForStripeReleasedAsync(1);
        var created = await _harness.PublishSubscriptionCreatedAsync("cus_rep", "sub_rep");
        await _harness.WaitForProcessedAsync(created.Event.EventId);
        var runId = Guid.NewGuid();

        await _harness.Bus.Publish(created, context => context.Headers.Set(ReplayHeaders.ReprocessRun, runId.ToString("N")));
        await WaitForReprocessedAsync(created.Event.EventId, runId);
        await _harness.Bus.Publish(created, context => context.Headers.Set(ReplayHeaders.ReprocessRun, runId.ToString("N")));
        await WaitForCounterAsync(DeliveryCounters.Duplicate, 1);

        Assert.Equal(1, await _harness.ReadCounterAsync(DeliveryCounters.Duplicate));
    }

    private async Task<string> WaitForReprocessedAsync(string eventId, Guid runId)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(_harness.Database.Url).ConnectionString);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var outcome = await connection.QuerySingleOrDefaultAsync<string>(
                "SELECT outcome FROM reprocessed_events WHERE event_id = @eventId AND run_id = @runId", new { eventId, runId });
            if (outcome is not null && outcome != "processing")
            {
                return outcome;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Event {eventId} was not reprocessed by run {runId} within 30 s.");
    }

    private async Task WaitForCounterAsync(string name, long expected)
    {
        for (var attempt = 0; attempt < 150 && await _harness.ReadCounterAsync(name) < expected; attempt++)
        {
            await Task.Delay(200);
        }
    }
}
