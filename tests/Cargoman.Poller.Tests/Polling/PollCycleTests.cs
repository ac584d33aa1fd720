using System.Text.Json;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Polling;
using Cargoman.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cargoman.Poller.Tests.Polling;

/// <summary>
/// Runs poll cycles against the Stripe stand-in, the local RabbitMQ and PostgreSQL.
/// </summary>
public sealed class PollCycleTests : IAsyncLifetime
{
    private const int HandledEventCount = 6;

    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private StandInProcess _stripe = null!;
    private IHost _receiver = null!;
    private IHost _poller = null!;
    private string _scenarioPath = null!;

    public async Task InitializeAsync()
    {
        ReceivedMessages.Events.Clear();
        _scenarioPath = WriteScenario();
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();
        _stripe = await StandInProcess.StartStripeAsync(_scenarioPath);

        // The receiver binds its queue first, so that nothing the poller publishes goes unrouted.
        _receiver = BuildReceiver();
        await _receiver.StartAsync();
        _poller = BuildPoller();
        await _poller.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _poller.StopAsync();
        _poller.Dispose();
        await _receiver.StopAsync();
        _receiver.Dispose();
        await _stripe.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
        File.Delete(_scenarioPath);
    }

    [Fact]
    public async Task RunOnce_PublishesHandledEventsOldestFirst()
    {
        var result = await Cycle.RunOnceAsync(CancellationToken.None);
        var received = await WaitForMessagesAsync(HandledEventCount - 1);

        Assert.Equal(HandledEventCount - 1, result.Published);
        Assert.Equal(["evt_a1", "evt_a2", "evt_b1", "evt_b2", "evt_b3"], received.Select(e => e.EventId).Order());
        Assert.Equal(received.Select(e => e.Created).Order(), received.Select(e => e.Created));
    }

    [Fact]
    public async Task RunOnce_ArchivesEveryListedEventOnce()
    {
        await Cycle.RunOnceAsync(CancellationToken.None);
        await Cycle.RunOnceAsync(CancellationToken.None);

        var archived = await _poller.Services.GetRequiredService<EventArchive>()
            .ListAsync(DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(1), [], null, CancellationToken.None);

        Assert.Equal(["evt_a1", "evt_a2", "evt_b1", "evt_b2", "evt_b3"], archived.Select(e => e.EventId).Order());
        Assert.All(archived, e => Assert.Equal(EventArrival.Poll, e.ReceivedBy));
        Assert.Equal("cus_a", archived.Single(e => e.EventId == "evt_a2").CustomerId);
    }

    [Fact]
    public async Task RunOnce_AskedStripeForHandledTypesOnly()
    {
        await Cycle.RunOnceAsync(CancellationToken.None);

        var requests = await _stripe.Http.GetStringAsync("/_standin/requests");

        Assert.Contains("invoice.payment_failed", requests, StringComparison.Ordinal);
        Assert.DoesNotContain("evt_other", (await WaitForMessagesAsync(HandledEventCount - 1)).Select(e => e.EventId));
    }

    [Fact]
    public async Task RunOnce_Repeated_PublishesNothingTwice()
    {
        await Cycle.RunOnceAsync(CancellationToken.None);
        await WaitForMessagesAsync(HandledEventCount - 1);

        var second = await Cycle.RunOnceAsync(CancellationToken.None);
        await Task.Delay(500);

        Assert.Equal(0, second.Published);
        Assert.Equal(HandledEventCount - 1, ReceivedMessages.Events.Count);
    }

    [Fact]
    public async Task RunOnce_LateVisibleEvent_Published()
    {
        await Cycle.RunOnceAsync(CancellationToken.None);
        await WaitForMessagesAsync(HandledEventCount - 1);

        // evt_late was created before every other event but shows up in the list only 3 s after start.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var later = await Cycle.RunOnceAsync(CancellationToken.None);
        var received = await WaitForMessagesAsync(HandledEventCount);

        Assert.Equal(1, later.Published);
        Assert.Contains("evt_late", received.Select(e => e.EventId));
    }

    [Fact]
    public async Task RunOnce_NoConsumersYet_MessagesQueued()
    {
        await Cycle.RunOnceAsync(CancellationToken.None);
        await WaitForMessagesAsync(HandledEventCount - 1);

        var waiting = await _virtualHost.CountMessagesAsync(Infrastructure.Messaging.SyncQueue.Name);

        Assert.True(waiting == HandledEventCount - 1, $"{waiting} messages in the queue; bindings:\n{await _virtualHost.ListBindingsAsync()}");
    }

    [Fact]
    public async Task RunOnce_StripeRateLimited_RecoversThroughRetries()
    {
        using var fault = await _stripe.Http.PostAsync("/_standin/faults", JsonContent("""{"status": 429, "count": 2}"""));
        fault.EnsureSuccessStatusCode();

        await Cycle.RunOnceAsync(CancellationToken.None);
        var received = await WaitForMessagesAsync(HandledEventCount - 1);

        // Stripe.net's retries can take long enough for evt_late to become visible as well.
        Assert.Subset(received.Select(e => e.EventId).ToHashSet(), new HashSet<string> { "evt_a1", "evt_a2", "evt_b1", "evt_b2", "evt_b3" });
    }

    [Fact]
    public async Task RunOnce_NewProcess_ContinuesFromStoredPosition()
    {
        await Cycle.RunOnceAsync(CancellationToken.None);
        await WaitForMessagesAsync(HandledEventCount - 1);
        await _poller.StopAsync();
        _poller.Dispose();

        _poller = BuildPoller();
        await _poller.StartAsync();
        var afterRestart = await Cycle.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, afterRestart.Published);
    }

    private PollCycle Cycle => _poller.Services.GetRequiredService<PollCycle>();

    private async Task<List<Contracts.StripeEventInfo>> WaitForMessagesAsync(int count)
    {
        for (var attempt = 0; attempt < 100 && ReceivedMessages.Events.Count < count; attempt++)
        {
            await Task.Delay(100);
        }

        return [.. ReceivedMessages.Events];
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Stripe:ApiKey"] = "sk_test_poller",
        ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString().TrimEnd('/'),
        ["Database:Url"] = _database.Url,
        ["RabbitMq:Url"] = _virtualHost.Url,
        ["Poller:StartAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
        ["Poller:Overlap"] = "00:02:00",
    };

    private IHost BuildPoller()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCargomanPoller(builder.Configuration);

        // The tests drive poll cycles themselves.
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(EventPoller)));
        var host = builder.Build();
        Assert.Empty(SettingsCheck.FindErrors(host.Services));
        return host;
    }

    private IHost BuildReceiver()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<ReceivedMessages>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var url = Infrastructure.Messaging.AmqpUrl.Parse(_virtualHost.Url);
                rabbit.Host(url.Host, (ushort)url.Port, url.VirtualHost, host =>
                {
                    host.Username(url.Username);
                    host.Password(url.Password);
                });
                rabbit.ReceiveEndpoint("poller-tests", endpoint =>
                {
                    endpoint.ConcurrentMessageLimit = 1;
                    endpoint.ConfigureConsumer<ReceivedMessages>(context);
                });
            });
        });
        return builder.Build();
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>
    /// Writes a scenario whose events are all in the past when the stand-in starts, except evt_late, which
    /// is the oldest but becomes visible 3 s after start, and evt_other, a type the poller does not ask for.
    /// </summary>
    private static string WriteScenario()
    {
        object Subscription(string id, string customer, string status) =>
            new { id, customer, status, items = new[] { new { price = "price_basic", quantity = 1 } } };

        var scenario = new
        {
            customers = new[] { new { id = "cus_a", name = "A", email = "a@example.test" }, new { id = "cus_b", name = "B", email = "b@example.test" } },
            events = new object[]
            {
                new { id = "evt_late", at = -40, visibleAfter = 43, type = "customer.subscription.created", @object = Subscription("sub_late", "cus_b", "active") },
                new { id = "evt_a1", at = -30, type = "customer.subscription.created", @object = Subscription("sub_a", "cus_a", "active") },
                new { id = "evt_a2", at = -29, type = "invoice.paid", @object = new { id = "in_a", customer = "cus_a", subscription = "sub_a", billing_reason = "subscription_create" } },
                new { id = "evt_other", at = -28, type = "customer.created", @object = new { id = "cus_b" } },
                new { id = "evt_b1", at = -20, type = "customer.subscription.created", @object = Subscription("sub_b", "cus_b", "active") },
                new { id = "evt_b2", at = -10, type = "invoice.payment_failed", @object = new { id = "in_b", customer = "cus_b", subscription = "sub_b", billing_reason = "subscription_cycle" } },
                new { id = "evt_b3", at = -10, type = "customer.subscription.updated", @object = Subscription("sub_b", "cus_b", "past_due") },
            },
        };

        var path = Path.Combine(Path.GetTempPath(), $"poller-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(scenario));
        return path;
    }
}
