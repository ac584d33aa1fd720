using System.Text.Json;
using Cargoman.Contracts;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Replay;
using Cargoman.Testing;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cargoman.Poller.Tests.Replay;

/// <summary>
/// Runs replays against the Stripe stand-in, an archive seeded with events older than Stripe's 30 days, the local
/// RabbitMQ and PostgreSQL.
/// </summary>
public sealed class ReplayRunnerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.UtcNow;

    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private StandInProcess _stripe = null!;
    private IHost _receiver = null!;
    private IHost _replay = null!;
    private string _scenarioPath = null!;

    public async Task InitializeAsync()
    {
        _scenarioPath = WriteScenario();
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();
        _stripe = await StandInProcess.StartStripeAsync(_scenarioPath);
        _receiver = BuildReceiver();
        await _receiver.StartAsync();
        _replay = BuildReplayHost();
        await _replay.StartAsync();

        await Archive.StoreAsync(
        [
            new ArchivedEvent("evt_old1", StripeEventTypes.SubscriptionCreated, s_now.AddDays(-40), "cus_r1", EventArrival.Poll,
                StripeEventJson.Subscription("evt_old1", StripeEventTypes.SubscriptionCreated, s_now.AddDays(-40), "cus_r1", "sub_r1", "active")),
            new ArchivedEvent("evt_old2", StripeEventTypes.SubscriptionUpdated, s_now.AddDays(-35), "cus_r1", EventArrival.Webhook,
                StripeEventJson.Subscription("evt_old2", StripeEventTypes.SubscriptionUpdated, s_now.AddDays(-35), "cus_r1", "sub_r1", "past_due")),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _replay.StopAsync();
        _replay.Dispose();
        await _receiver.StopAsync();
        _receiver.Dispose();
        await _stripe.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
        File.Delete(_scenarioPath);
    }

    [Fact]
    public async Task Replay_StripeRange_PublishesOldestFirst()
    {
        var summary = await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe));
        var received = await WaitForMessagesAsync(4);

        Assert.Equal(4, summary.Read);
        Assert.Equal(4, summary.Published);
        Assert.Equal(["evt_s1", "evt_s2", "evt_s3", "evt_s4"], received.Select(m => m.EventId));
    }

    [Fact]
    public async Task Replay_StripeRange_ArchivesEventsRead()
    {
        await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe));

        var archived = await Archive.ListAsync(s_now.AddDays(-25), s_now, [], null, CancellationToken.None);

        Assert.Equal(["evt_s1", "evt_s2", "evt_s3", "evt_s4"], archived.Select(e => e.EventId));
        Assert.All(archived, e => Assert.Equal(EventArrival.Replay, e.ReceivedBy));
    }

    [Fact]
    public async Task Replay_ArchiveSource_PublishesSeededEvents()
    {
        var summary = await ReplayAsync(Request(s_now.AddDays(-40), ReplaySource.Archive, to: s_now.AddDays(-31)));
        var received = await WaitForMessagesAsync(2);

        Assert.Equal(2, summary.Published);
        Assert.Equal(["evt_old1", "evt_old2"], received.Select(m => m.EventId));
    }

    [Fact]
    public async Task Replay_AcrossStripeEdge_ReadsArchiveThenStripe()
    {
        var request = Request(s_now.AddDays(-40), ReplaySource.Auto);

        var plan = await Runner.PlanAsync(request, CancellationToken.None);
        var summary = await Runner.RunAsync(request, plan.Segments, new RecordingProgress(), CancellationToken.None);
        var received = await WaitForMessagesAsync(6);

        Assert.Equal([ReplaySource.Archive, ReplaySource.Stripe], plan.Segments.Select(s => s.Source));
        Assert.Equal(6, summary.Published);
        Assert.Equal(["evt_old1", "evt_old2", "evt_s1", "evt_s2", "evt_s3", "evt_s4"], received.Select(m => m.EventId));
    }

    [Fact]
    public async Task Plan_RangeOlderThanArchive_NamesUnservablePart()
    {
        var plan = await Runner.PlanAsync(Request(s_now.AddDays(-50), ReplaySource.Auto), CancellationToken.None);

        Assert.Empty(plan.Segments);
        Assert.Contains("Stripe keeps events for 30 days", plan.Error, StringComparison.Ordinal);
        Assert.Contains($"the archive holds events from {s_now.AddDays(-40).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} on", plan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_StripeSourceBeforeEdge_Fails()
    {
        var plan = await Runner.PlanAsync(Request(s_now.AddDays(-40), ReplaySource.Stripe), CancellationToken.None);

        Assert.Empty(plan.Segments);
        Assert.Contains("from Stripe: Stripe keeps events for 30 days", plan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_CustomerFilter_PublishesOnlyThatCustomer()
    {
        var summary = await ReplayAsync(Request(s_now.AddDays(-40), ReplaySource.Auto) with { CustomerId = "cus_r2" });
        var received = await WaitForMessagesAsync(2);

        Assert.Equal(2, summary.Published);
        Assert.Equal(["evt_s3", "evt_s4"], received.Select(m => m.EventId));
    }

    [Fact]
    public async Task Replay_TypeFilter_PublishesOnlyThatType()
    {
        var summary = await ReplayAsync(Request(s_now.AddDays(-40), ReplaySource.Auto) with { Types = [StripeEventTypes.InvoicePaid] });
        var received = await WaitForMessagesAsync(1);

        Assert.Equal(1, summary.Published);
        Assert.Equal(["evt_s2"], received.Select(m => m.EventId));
    }

    [Fact]
    public async Task Replay_ProcessedEvents_Skipped()
    {
        await MarkProcessedAsync("evt_s1", "evt_s3");

        var summary = await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe));
        var received = await WaitForMessagesAsync(2);

        Assert.Equal(2, summary.SkippedAsProcessed);
        Assert.Equal(2, summary.Published);
        Assert.Equal(["evt_s2", "evt_s4"], received.Select(m => m.EventId));
    }

    [Fact]
    public async Task Replay_Reprocess_PublishesProcessedEventsWithRunHeader()
    {
        await MarkProcessedAsync("evt_s1", "evt_s3");

        var summary = await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe) with { Reprocess = true });
        var received = await WaitForMessagesAsync(4);

        Assert.Equal(0, summary.SkippedAsProcessed);
        Assert.Equal(4, summary.Published);
        Assert.Single(received.Select(m => m.ReprocessRun).Distinct());
        Assert.NotNull(received[0].ReprocessRun);
    }

    [Fact]
    public async Task Replay_InterruptedThenRunAgain_PublishesEachEventOnce()
    {
        var request = Request(s_now.AddDays(-40), ReplaySource.Auto);
        using var stop = new CancellationTokenSource();
        var interrupting = new RecordingProgress { OnReport = summary => { if (summary.Published == 3) { stop.Cancel(); } } };

        var first = await ReplayAsync(request, interrupting, stop.Token);
        var second = await ReplayAsync(request);
        var received = await WaitForMessagesAsync(6);
        await Task.Delay(500);

        Assert.True(first.Interrupted);
        Assert.Equal(3, first.Published);
        Assert.Equal(3, second.SkippedAsPublished);
        Assert.Equal(3, second.Published);
        Assert.Equal(6, ReplayedMessages.For(_virtualHost.Name).Count);
        Assert.Equal(6, received.Select(m => m.EventId).Distinct().Count());
    }

    [Fact]
    public async Task Replay_FinishedRunRepeated_StartsAfresh()
    {
        var request = Request(s_now.AddDays(-25), ReplaySource.Stripe);
        await ReplayAsync(request);

        var again = await ReplayAsync(request);

        Assert.Equal(0, again.SkippedAsPublished);
        Assert.Equal(4, again.Published);
    }

    [Fact]
    public async Task DryRun_RememberedCustomerUnchanged_PrintsNoChange()
    {
        await RememberCustomerAsync("cus_r1", "active", """[{"Package": "vendor/core", "Constraint": "*"}]""");
        var progress = new RecordingProgress();

        await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe) with { DryRun = true }, progress);

        Assert.EndsWith("evt_s1 customer.subscription.created cus_r1: no change: Active (subscription sub_r1b is active)", LineOf(progress, "evt_s1"), StringComparison.Ordinal);
        Assert.EndsWith("evt_s2 invoice.paid cus_r1: no change: Active (subscription sub_r1b is active)", LineOf(progress, "evt_s2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_UnknownCustomerPastDue_PrintsCreateAndSuspend()
    {
        var progress = new RecordingProgress();

        await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe) with { DryRun = true }, progress);

        Assert.EndsWith(
            "evt_s3 customer.subscription.created cus_r2: create, grants set to vendor/core:*, suspend: Payment failed: Stripe subscription sub_r2 is past_due",
            LineOf(progress, "evt_s3"),
            StringComparison.Ordinal);
        Assert.EndsWith("evt_s4 customer.subscription.updated cus_r2: no change: Suspended (subscription sub_r2 is past_due)", LineOf(progress, "evt_s4"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_RememberedSuspendedCustomer_PrintsReactivate()
    {
        await RememberCustomerAsync("cus_r1", "suspended", "[]");
        var progress = new RecordingProgress();

        await ReplayAsync(Request(s_now.AddDays(-25), ReplaySource.Stripe) with { DryRun = true }, progress);

        Assert.EndsWith("cus_r1: grants set to vendor/core:*, reactivate from suspended", LineOf(progress, "evt_s1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_PublishesAndWritesNothing()
    {
        var summary = await ReplayAsync(Request(s_now.AddDays(-40), ReplaySource.Auto) with { DryRun = true });
        await Task.Delay(1000);

        Assert.Equal(6, summary.Planned);
        Assert.Equal(0, summary.Published);
        Assert.Empty(ReplayedMessages.For(_virtualHost.Name));
        Assert.Equal(0, await CountRememberedCustomersAsync());
    }

    private ReplayRunner Runner => _replay.Services.GetRequiredService<ReplayRunner>();

    private EventArchive Archive => _replay.Services.GetRequiredService<EventArchive>();

    private static ReplayRequest Request(DateTimeOffset from, ReplaySource source, DateTimeOffset? to = null) =>
        new(from, to ?? s_now.AddMinutes(-1), [], null, DryRun: false, Reprocess: false, source);

    private async Task<ReplaySummary> ReplayAsync(ReplayRequest request, IReplayProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = await Runner.PlanAsync(request, CancellationToken.None);
        Assert.True(plan.Error is null, plan.Error);
        return await Runner.RunAsync(request, plan.Segments, progress ?? new RecordingProgress(), cancellationToken);
    }

    private static string LineOf(RecordingProgress progress, string eventId) =>
        Assert.Single(progress.Lines, line => line.Contains($" {eventId} ", StringComparison.Ordinal));

    private async Task RememberCustomerAsync(string externalId, string status, string grantsJson)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(_database.Url).ConnectionString);
        await connection.ExecuteAsync(
            "INSERT INTO cargoman_customers (external_id, cargoman_id, status, grants, updated_at) VALUES (@externalId, 'cust_test', @status, @grantsJson::jsonb, now())",
            new { externalId, status, grantsJson });
    }

    private async Task<long> CountRememberedCustomersAsync()
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(_database.Url).ConnectionString);
        return await connection.QuerySingleAsync<long>("SELECT count(*) FROM cargoman_customers");
    }

    private async Task MarkProcessedAsync(params string[] eventIds)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(_database.Url).ConnectionString);
        foreach (var eventId in eventIds)
        {
            await connection.ExecuteAsync(
                "INSERT INTO processed_events (event_id, event_type, customer_id, outcome) VALUES (@eventId, 'test', 'cus_test', 'done')",
                new { eventId });
        }
    }

    private async Task<List<ReplayedMessage>> WaitForMessagesAsync(int count)
    {
        var messages = ReplayedMessages.For(_virtualHost.Name);
        for (var attempt = 0; attempt < 100 && messages.Count < count; attempt++)
        {
            await Task.Delay(100);
        }

        return [.. messages];
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Stripe:ApiKey"] = "sk_test_replay",
        ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString().TrimEnd('/'),
        ["Database:Url"] = _database.Url,
        ["RabbitMq:Url"] = _virtualHost.Url,
        ["Sync:PriceMapping"] = """{"price_basic": ["vendor/core"]}""",
    };

    private IHost BuildReplayHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCargomanReplay(builder.Configuration);
        builder.Services.AddDryRunPlanner(builder.Configuration);
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
            bus.AddConsumer<ReplayedMessages>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var url = AmqpUrl.Parse(_virtualHost.Url);
                rabbit.Host(url.Host, (ushort)url.Port, url.VirtualHost, host =>
                {
                    host.Username(url.Username);
                    host.Password(url.Password);
                });
                rabbit.ReceiveEndpoint(SyncQueue.Name, endpoint =>
                {
                    endpoint.ConcurrentMessageLimit = 1;
                    endpoint.ConfigureConsumer<ReplayedMessages>(context);
                });
            });
        });
        return builder.Build();
    }

    /// <summary>
    /// Writes a scenario of four events that Stripe still lists, created from 20 days to 1 hour ago, and one of a type
    /// the replay does not ask for.
    /// </summary>
    private static string WriteScenario()
    {
        const int Day = 86_400;
        object Subscription(string id, string customer, string status) =>
            new { id, customer, status, items = new[] { new { price = "price_basic", quantity = 1 } } };

        var scenario = new
        {
            customers = new[] { new { id = "cus_r1", name = "R1", email = "r1@example.test" }, new { id = "cus_r2", name = "R2", email = "r2@example.test" } },
            events = new object[]
            {
                new { id = "evt_s1", at = -20 * Day, type = "customer.subscription.created", @object = Subscription("sub_r1b", "cus_r1", "active") },
                new { id = "evt_s2", at = -10 * Day, type = "invoice.paid", @object = new { id = "in_r1", customer = "cus_r1", subscription = "sub_r1b", billing_reason = "subscription_cycle" } },
                new { id = "evt_s3", at = -2 * Day, type = "customer.subscription.created", @object = Subscription("sub_r2", "cus_r2", "active") },
                new { id = "evt_other", at = -2 * Day + 10, type = "customer.created", @object = new { id = "cus_r2" } },
                new { id = "evt_s4", at = -3600, type = "customer.subscription.updated", @object = Subscription("sub_r2", "cus_r2", "past_due") },
            },
        };

        var path = Path.Combine(Path.GetTempPath(), $"replay-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(scenario));
        return path;
    }
}
