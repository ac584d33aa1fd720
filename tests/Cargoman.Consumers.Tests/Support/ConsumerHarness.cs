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

namespace Cargoman.Consumers.Tests.Support;

/// <summary>
/// Runs the consumers in-process against a fresh database and RabbitMQ virtual host, with the Stripe
/// stand-in playing a scenario and the Cargoman stand-in serving its packages.
/// </summary>
public sealed class ConsumerHarness : IAsyncDisposable
{
    public const string AdminToken = "test_admin_token";

    public const string PriceMapping =
        """{"price_basic": ["vendor/core"], "price_pro": ["vendor/core", "vendor/pro-features"], "price_addon": [{"package": "vendor/addon", "constraint": "^1.0"}]}""";

    private int _eventNumber;

    private ConsumerHarness(string scenarioPath, TestDatabase database, TestVirtualHost virtualHost, StandInProcess stripe, StandInProcess cargoman, IHost consumers)
    {
        ScenarioPath = scenarioPath;
        Database = database;
        VirtualHost = virtualHost;
        Stripe = stripe;
        Cargoman = cargoman;
        Consumers = consumers;
    }

    public string ScenarioPath { get; }

    public TestDatabase Database { get; }

    public TestVirtualHost VirtualHost { get; }

    public StandInProcess Stripe { get; }

    public StandInProcess Cargoman { get; }

    public IHost Consumers { get; }

    public IPublishEndpoint Bus => Consumers.Services.GetRequiredService<IBus>();

    /// <summary>Starts everything; the scenario's time zero is the Stripe stand-in's start.</summary>
    public static async Task<ConsumerHarness> StartAsync(object scenario, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"consumer-scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(scenario));

        var database = await TestDatabase.CreateAsync();
        var virtualHost = await TestVirtualHost.CreateAsync();
        var stripe = await StandInProcess.StartStripeAsync(path);
        var cargoman = await StandInProcess.StartCargomanAsync(AdminToken, path, responseShape: "mixed");

        var builder = Host.CreateApplicationBuilder();
        var configuration = new Dictionary<string, string?>
        {
            ["Stripe:ApiKey"] = "sk_test_consumers",
            ["Stripe:ApiBase"] = stripe.BaseAddress.ToString().TrimEnd('/'),
            ["Database:Url"] = database.Url,
            ["RabbitMq:Url"] = virtualHost.Url,
            ["Cargoman:Url"] = new Uri(cargoman.BaseAddress, "/api/v1").ToString(),
            ["Cargoman:AdminToken"] = AdminToken,
            ["Sync:PriceMapping"] = PriceMapping,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCargomanConsumers(builder.Configuration);

        // Messages published before the queue is bound would be dropped by the exchange.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        var host = builder.Build();
        Assert.Empty(SettingsCheck.FindErrors(host.Services));
        await host.StartAsync();

        return new ConsumerHarness(path, database, virtualHost, stripe, cargoman, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Consumers.StopAsync();
        Consumers.Dispose();
        await Cargoman.DisposeAsync();
        await Stripe.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
        File.Delete(ScenarioPath);
    }

    public StripeEventInfo NextEvent(string type) =>
        new($"evt_test_{Interlocked.Increment(ref _eventNumber)}_{Guid.NewGuid():N}", type, DateTimeOffset.UtcNow, false, null, "2026-10-28.endive");

    public static SubscriptionInfo Subscription(string id, string status, string price = "price_pro") =>
        new(id, status, [new SubscriptionItemInfo(price, 1, null)], false, null, null, null);

    public async Task<T> PublishAsync<T>(T message)
        where T : class
    {
        await Bus.Publish(message);
        return message;
    }

    public Task<SubscriptionCreated> PublishSubscriptionCreatedAsync(string customerId, string? subscriptionId = null) =>
        PublishAsync(new SubscriptionCreated(NextEvent(StripeEventTypes.SubscriptionCreated), customerId, Subscription(subscriptionId ?? "sub_" + customerId[4..], "active")));

    public async Task<JsonElement?> FindCustomerAsync(string externalId)
    {
        using var document = JsonDocument.Parse(await Cargoman.Http.GetStringAsync("/_standin/customers"));
        foreach (var customer in document.RootElement.GetProperty("customers").EnumerateArray())
        {
            if (customer.GetProperty("external_id").GetString() == externalId)
            {
                return customer.Clone();
            }
        }

        return null;
    }

    public async Task<JsonElement> WaitForCustomerAsync(string externalId, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
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

    public Task<JsonElement> WaitForStatusAsync(string externalId, string status, TimeSpan? timeout = null) =>
        WaitForCustomerAsync(externalId, customer => customer.GetProperty("status").GetString() == status, timeout);

    public async Task<string?> FindProcessedAsync(string eventId)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(Database.Url).ConnectionString);
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT outcome FROM processed_events WHERE event_id = @eventId", new { eventId });
    }

    public async Task<long> ReadCounterAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.Database.PostgresUrl.Parse(Database.Url).ConnectionString);
        return await connection.QuerySingleOrDefaultAsync<long?>("SELECT count FROM event_counters WHERE name = @name", new { name }) ?? 0;
    }

    public async Task<string> WaitForProcessedAsync(string eventId)
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

    /// <summary>Waits until the Stripe stand-in has released every event of its scenario up to <paramref name="count"/>.</summary>
    public async Task WaitForStripeReleasedAsync(int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var document = JsonDocument.Parse(await Stripe.Http.GetStringAsync("/_standin/status"));
            if (document.RootElement.GetProperty("released").GetInt32() >= count)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The Stripe stand-in did not release {count} events within 30 s.");
    }

    /// <summary>Returns the recorded Cargoman calls, optionally only those whose path contains <paramref name="pathPart"/>.</summary>
    public async Task<List<RecordedCall>> GetCallsAsync(string? pathPart = null)
    {
        using var document = JsonDocument.Parse(await Cargoman.Http.GetStringAsync("/_standin/calls"));
        return [.. document.RootElement.GetProperty("calls").EnumerateArray()
            .Select(call => new RecordedCall(
                call.GetProperty("method").GetString()!,
                call.GetProperty("path").GetString()!,
                call.GetProperty("status").GetInt32(),
                call.TryGetProperty("body", out var body) ? body.ToString() : ""))
            .Where(call => pathPart is null || call.Path.Contains(pathPart, StringComparison.Ordinal))];
    }

    public async Task<int> CountMutationsAsync(string? pathPart = null) =>
        (await GetCallsAsync(pathPart)).Count(call => call.Method != "GET");

    public static List<string> Packages(JsonElement customer) =>
        [.. customer.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("package").GetString()!).Order(StringComparer.Ordinal)];

    public Task<int?> CountErrorQueueAsync() => VirtualHost.CountMessagesAsync(SyncEndpoint.Name + "_error");

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
