using System.Text.Json;
using Cargoman.Consumers.Consumers;
using Cargoman.Contracts;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Testing;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cargoman.Consumers.Tests.Sync;

/// <summary>
/// Publishes messages to the consumers through the local RabbitMQ and checks the Cargoman stand-in's
/// customers, with Stripe's state served by the Stripe stand-in and the consumers' state in PostgreSQL.
/// </summary>
public sealed class ConsumerPipelineTests : IAsyncLifetime
{
    private const string AdminToken = "test_admin_token";

    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private StandInProcess _stripe = null!;
    private StandInProcess _cargoman = null!;
    private IHost _consumers = null!;
    private string _scenarioPath = null!;
    private int _eventNumber;

    public async Task InitializeAsync()
    {
        _scenarioPath = WriteScenario();
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();
        _stripe = await StandInProcess.StartStripeAsync(_scenarioPath);
        _cargoman = await StandInProcess.StartCargomanAsync(AdminToken, _scenarioPath, responseShape: "mixed");
        _consumers = BuildConsumers();
        await _consumers.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _consumers.StopAsync();
        _consumers.Dispose();
        await _cargoman.DisposeAsync();
        await _stripe.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
        File.Delete(_scenarioPath);
    }

    [Fact]
    public async Task SubscriptionCreated_CreatesCustomerWithGrants()
    {
        await PublishSubscriptionCreatedAsync("cus_active");

        // The customer is created first and granted its packages by a second call.
        var customer = await WaitForCustomerAsync("cus_active", c => Packages(c).Count == 2);

        Assert.Equal("active", customer.GetProperty("status").GetString());
        Assert.Equal("Ada Lovelace", customer.GetProperty("name").GetString());
        Assert.Equal("ada@example.test", customer.GetProperty("email").GetString());
        Assert.Equal(["vendor/core", "vendor/pro-features"], Packages(customer));
    }

    [Fact]
    public async Task SameEventTwice_AppliesItOnce()
    {
        var message = NewSubscriptionCreated("cus_active");

        await Publish.Publish(message);
        await Publish.Publish(message);
        await WaitForCustomerAsync("cus_active", c => c.GetProperty("status").GetString() == "active");
        await WaitForProcessedAsync(message.Event.EventId);
        await Task.Delay(1000);

        Assert.Equal(1, await CountCallsAsync("POST", "/api/v1/customers"));
        Assert.Equal(1, await CountCallsAsync("PUT", "/api/v1/customers/", pathContains: "/packages"));
    }

    [Fact]
    public async Task SecondEventSameChange_MakesNoCall()
    {
        await PublishSubscriptionCreatedAsync("cus_active");
        await WaitForCustomerAsync("cus_active", c => c.GetProperty("status").GetString() == "active");
        var callsBefore = await CountMutationsAsync();

        var second = await PublishSubscriptionCreatedAsync("cus_active");
        await WaitForProcessedAsync(second.Event.EventId);

        Assert.Equal(callsBefore, await CountMutationsAsync());
    }

    [Fact]
    public async Task CargomanOutage_RiddenOut_WithoutErrorQueue()
    {
        using var fault = await _cargoman.Http.PostAsync("/_standin/faults", Json("""{"status": 503, "seconds": 12}"""));
        fault.EnsureSuccessStatusCode();

        await PublishSubscriptionCreatedAsync("cus_active");
        await WaitForCustomerAsync("cus_active", c => c.GetProperty("status").GetString() == "active", TimeSpan.FromSeconds(90));

        Assert.True(await CountCallsAsync("GET", "/api/v1/customers/by-external/cus_active", status: 503) > 0);
        Assert.True((await _virtualHost.CountMessagesAsync(SyncEndpoint.Name + "_error") ?? 0) == 0);
    }

    [Fact]
    public async Task PaymentFailed_SuspendsWithReason()
    {
        await PublishSubscriptionCreatedAsync("cus_past_due");

        var customer = await WaitForCustomerAsync("cus_past_due", c => c.GetProperty("status").GetString() == "suspended");

        Assert.Contains("past_due", customer.GetProperty("suspension_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOffInvoice_IsIgnoredWithoutCalls()
    {
        var message = new InvoicePaid(NextEvent(StripeEventTypes.InvoicePaid), "cus_active", new InvoiceInfo("in_manual", null, "manual", "paid"));

        await Publish.Publish(message);
        var outcome = await WaitForProcessedAsync(message.Event.EventId);

        Assert.StartsWith("ignored: invoice in_manual is a one-off invoice", outcome, StringComparison.Ordinal);
        Assert.Equal(0, await CountMutationsAsync());
    }

    [Fact]
    public async Task LiveEvent_WithTestKey_IsDropped()
    {
        var stripeEvent = NextEvent(StripeEventTypes.SubscriptionCreated) with { Livemode = true };
        await Publish.Publish(new SubscriptionCreated(stripeEvent, "cus_active", Subscription("sub_active", "active")));
        await PublishSubscriptionCreatedAsync("cus_past_due");
        await WaitForCustomerAsync("cus_past_due", _ => true);

        Assert.Null(await FindCustomerAsync("cus_active"));
        Assert.Null(await FindProcessedAsync(stripeEvent.EventId));
    }

    [Fact]
    public async Task CanceledSubscription_FreezesToNewestAllowedVersions()
    {
        await PublishSubscriptionCreatedAsync("cus_cancels");
        await WaitForCustomerAsync("cus_cancels", c => c.GetProperty("status").GetString() == "active");

        // The stand-in releases the cancellation 4 s after start.
        await WaitForStripeReleaseAsync();
        await Publish.Publish(new SubscriptionDeleted(NextEvent(StripeEventTypes.SubscriptionDeleted), "cus_cancels", Subscription("sub_cancels", "canceled")));
        var customer = await WaitForCustomerAsync("cus_cancels", c => c.GetProperty("status").GetString() == "frozen");

        var frozen = customer.GetProperty("frozen_versions").EnumerateArray()
            .ToDictionary(v => v.GetProperty("package").GetString()!, v => v.GetProperty("version").GetString()!);
        Assert.Equal("2.5.0", frozen["vendor/core"]);
        Assert.Equal("1.4.2", frozen["vendor/addon"]);
    }

    private IPublishEndpoint Publish => _consumers.Services.GetRequiredService<IBus>();

    private StripeEventInfo NextEvent(string type) =>
        new($"evt_test_{Interlocked.Increment(ref _eventNumber)}_{Guid.NewGuid():N}", type, DateTimeOffset.UtcNow, false, null, "2026-10-28.endive");

    private static SubscriptionInfo Subscription(string id, string status) =>
        new(id, status, [new SubscriptionItemInfo("price_pro", 1, null)], false, null, null, null);

    private SubscriptionCreated NewSubscriptionCreated(string customerId) =>
        new(NextEvent(StripeEventTypes.SubscriptionCreated), customerId, Subscription("sub_" + customerId[4..], "active"));

    private async Task<SubscriptionCreated> PublishSubscriptionCreatedAsync(string customerId)
    {
        var message = NewSubscriptionCreated(customerId);
        await Publish.Publish(message);
        return message;
    }

    private async Task<JsonElement?> FindCustomerAsync(string externalId)
    {
        using var document = JsonDocument.Parse(await _cargoman.Http.GetStringAsync("/_standin/customers"));
        foreach (var customer in document.RootElement.GetProperty("customers").EnumerateArray())
        {
            if (customer.GetProperty("external_id").GetString() == externalId)
            {
                return customer.Clone();
            }
        }

        return null;
    }

    private async Task<JsonElement> WaitForCustomerAsync(string externalId, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        JsonElement? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await FindCustomerAsync(externalId);
            if (last is { } customer && condition(customer))
            {
                return customer;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Customer {externalId} did not reach the expected state; last seen: {last?.ToString() ?? "absent"}");
    }

    private async Task<string?> FindProcessedAsync(string eventId)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(_database.Url).ConnectionString);
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT outcome FROM processed_events WHERE event_id = @eventId", new { eventId });
    }

    private async Task<string> WaitForProcessedAsync(string eventId)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await FindProcessedAsync(eventId) is { } outcome && outcome != "processing")
            {
                return outcome;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Event {eventId} was not processed within 30 s.");
    }

    private async Task WaitForStripeReleaseAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var document = JsonDocument.Parse(await _stripe.Http.GetStringAsync("/_standin/status"));
            if (document.RootElement.GetProperty("allReleased").GetBoolean())
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    private async Task<int> CountCallsAsync(string method, string path, string? pathContains = null, int? status = null)
    {
        using var document = JsonDocument.Parse(await _cargoman.Http.GetStringAsync("/_standin/calls"));
        return document.RootElement.GetProperty("calls").EnumerateArray().Count(call =>
            call.GetProperty("method").GetString() == method
            && (pathContains is null ? call.GetProperty("path").GetString() == path : call.GetProperty("path").GetString()!.StartsWith(path, StringComparison.Ordinal) && call.GetProperty("path").GetString()!.Contains(pathContains, StringComparison.Ordinal))
            && (status is null || call.GetProperty("status").GetInt32() == status));
    }

    private async Task<int> CountMutationsAsync()
    {
        using var document = JsonDocument.Parse(await _cargoman.Http.GetStringAsync("/_standin/calls"));
        return document.RootElement.GetProperty("calls").EnumerateArray().Count(call => call.GetProperty("method").GetString() != "GET");
    }

    private static List<string> Packages(JsonElement customer) =>
        [.. customer.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("package").GetString()!).Order(StringComparer.Ordinal)];

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private IHost BuildConsumers()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:ApiKey"] = "sk_test_consumers",
            ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString().TrimEnd('/'),
            ["Database:Url"] = _database.Url,
            ["RabbitMq:Url"] = _virtualHost.Url,
            ["Cargoman:Url"] = new Uri(_cargoman.BaseAddress, "/api/v1").ToString(),
            ["Cargoman:AdminToken"] = AdminToken,
            ["Sync:PriceMapping"] = """{"price_basic": ["vendor/core"], "price_pro": ["vendor/core", "vendor/pro-features"], "price_addon": [{"package": "vendor/addon", "constraint": "^1.0"}]}""",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCargomanConsumers(builder.Configuration);

        // Messages published before the queue is bound would be dropped by the exchange.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        var host = builder.Build();
        Assert.Empty(SettingsCheck.FindErrors(host.Services));
        return host;
    }

    /// <summary>
    /// Writes a scenario whose subscriptions exist before the stand-in starts; cus_cancels's ends 4 s after start.
    /// </summary>
    private static string WriteScenario()
    {
        object Subscription(string id, string customer, string status, string price) =>
            new { id, customer, status, items = new[] { new { price, quantity = 1 } } };

        var scenario = new
        {
            customers = new[]
            {
                new { id = "cus_active", name = "Ada Lovelace", email = "ada@example.test" },
                new { id = "cus_past_due", name = "Grace Hopper", email = "grace@example.test" },
                new { id = "cus_cancels", name = "Alan Turing", email = "alan@example.test" },
            },
            events = new object[]
            {
                new { at = -30, type = "customer.subscription.created", @object = Subscription("sub_active", "cus_active", "active", "price_pro") },
                new { at = -29, type = "customer.subscription.created", @object = Subscription("sub_past_due", "cus_past_due", "past_due", "price_basic") },
                new { at = -28, type = "customer.subscription.created", @object = Subscription("sub_cancels", "cus_cancels", "active", "price_basic") },
                new { at = -27, type = "customer.subscription.created", @object = Subscription("sub_cancels_addon", "cus_cancels", "active", "price_addon") },
                new { at = 4, type = "customer.subscription.deleted", @object = Subscription("sub_cancels", "cus_cancels", "canceled", "price_basic") },
                new { at = 4, type = "customer.subscription.deleted", @object = Subscription("sub_cancels_addon", "cus_cancels", "canceled", "price_addon") },
            },
            packages = new Dictionary<string, object[]>
            {
                ["vendor/core"] = [new { version = "2.4.0" }, new { version = "2.5.0" }, new { version = "2.6.0", yanked = true }, new { version = "3.0.0-beta1" }],
                ["vendor/pro-features"] = [new { version = "1.0.0" }],
                ["vendor/addon"] = [new { version = "0.9.0" }, new { version = "1.4.2" }, new { version = "2.0.0" }],
            },
        };

        var path = Path.Combine(Path.GetTempPath(), $"consumer-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(scenario));
        return path;
    }
}
