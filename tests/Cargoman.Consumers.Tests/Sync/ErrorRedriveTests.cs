using Cargoman.Consumers.Tests.Support;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Operations;
using Microsoft.Extensions.Options;
using static Cargoman.Consumers.Tests.Support.ScenarioEvents;

namespace Cargoman.Consumers.Tests.Sync;

/// <summary>
/// Sends a message to the error queue with a Cargoman stand-in that returns 500, then moves it back with the code of
/// the poller's <c>errors redrive</c> command once the stand-in recovers.
/// </summary>
public sealed class ErrorRedriveTests : IAsyncLifetime
{
    private ConsumerHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var scenario = new
        {
            customers = new[] { Customer("cus_redrive", "Barbara Liskov") },
            events = new[] { Subscription(-30, "created", "sub_redrive", "cus_redrive", "active") },
            packages = Catalogue(),
        };

        // Two short message retries, so the message reaches the error queue in seconds instead of 15 minutes.
        _harness = await ConsumerHarness.StartAsync(scenario, new Dictionary<string, string?> { ["Sync:RetryIntervals"] = "00:00:00.2,00:00:00.2" });
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Redrive_AfterCargomanRecovers_AppliesMessage()
    {
        using var fault = await _harness.Cargoman.Http.PostAsync("/_standin/faults", ConsumerHarness.Json("""{"status": 500, "seconds": 300}"""));
        fault.EnsureSuccessStatusCode();

        await _harness.PublishSubscriptionCreatedAsync("cus_redrive");
        await WaitForErrorQueueAsync(1);
        var failedCalls = await _harness.GetCallsAsync("/by-external/cus_redrive");
        var queues = new BrokerQueues(Options.Create(new RabbitMqOptions { Url = _harness.VirtualHost.Url }));
        var listed = Assert.Single(await queues.ListAsync(BrokerQueues.ErrorQueue, 10, CancellationToken.None));

        using var cleared = await _harness.Cargoman.Http.DeleteAsync("/_standin/faults");
        cleared.EnsureSuccessStatusCode();
        var moved = await queues.RedriveAsync(BrokerQueues.ErrorQueue, null, CancellationToken.None);
        // The customer is created first and granted its packages by a second call.
        var customer = await _harness.WaitForCustomerAsync("cus_redrive", c => ConsumerHarness.Packages(c).Count == 2, TimeSpan.FromSeconds(60));

        Assert.All(failedCalls, call => Assert.Equal(500, call.Status));
        Assert.Equal("urn:message:Cargoman.Contracts:SubscriptionCreated", listed.MessageType);
        Assert.Contains("500", listed.Reason, StringComparison.Ordinal);
        Assert.NotNull(listed.FaultedAt);
        Assert.Equal([listed.MessageId!], moved);
        Assert.Equal("active", customer.GetProperty("status").GetString());
        Assert.Equal(0, await _harness.CountErrorQueueAsync() ?? 0);
    }

    private async Task WaitForErrorQueueAsync(int count)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await _harness.CountErrorQueueAsync() >= count)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The error queue did not reach {count} message(s) within 120 s.");
    }
}
