using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Polling;
using Cargoman.Poller.Webhooks;
using Cargoman.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cargoman.Poller.Tests.Webhooks;

/// <summary>
/// Runs the webhook endpoint and poll cycles in one host against the Stripe stand-in, the local RabbitMQ and PostgreSQL.
/// </summary>
public sealed class WebhookAndPollerTests : IAsyncLifetime
{
    private const string Secret = "whsec_both_paths_0123456789";

    private readonly PublishedMessages _received = new();
    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private StandInProcess _stripe = null!;
    private IHost _receiver = null!;
    private IHost _poller = null!;
    private string _scenarioPath = null!;

    public async Task InitializeAsync()
    {
        _scenarioPath = WriteScenario();
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();
        _stripe = await StandInProcess.StartStripeAsync(_scenarioPath);
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
    public async Task WebhookEvent_SkippedByPoll()
    {
        var body = await ReadEventAsync("evt_both_1");

        using var delivery = await PostAsync(body);
        var poll = await _poller.Services.GetRequiredService<PollCycle>().RunOnceAsync(CancellationToken.None);
        await _received.WaitForAsync(3);
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, delivery.StatusCode);
        Assert.Equal(1, poll.Published);
        Assert.Equal(["evt_both_1", "evt_both_2"], _received.Events.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PolledEvent_DuplicateForWebhook()
    {
        await _poller.Services.GetRequiredService<PollCycle>().RunOnceAsync(CancellationToken.None);
        var body = await ReadEventAsync("evt_both_2");

        using var delivery = await PostAsync(body);
        await _received.WaitForAsync(3);
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, delivery.StatusCode);
        Assert.Contains("already published", await delivery.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, _received.Events.Count);
    }

    /// <summary>Returns the event's JSON exactly as the stand-in serves it, as Stripe would post it.</summary>
    private async Task<byte[]> ReadEventAsync(string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/events/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk_test_both");
        using var response = await _stripe.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        var baseAddress = _poller.Services.GetRequiredService<WebhookServer>().BaseAddress!;
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/stripe") { Content = new ByteArrayContent(body) };
        request.Headers.Add("Stripe-Signature", StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        return await http.SendAsync(request);
    }

    private IHost BuildPoller()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:ApiKey"] = "sk_test_both",
            ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString().TrimEnd('/'),
            ["Stripe:WebhookSecret"] = Secret,
            ["Database:Url"] = _database.Url,
            ["RabbitMq:Url"] = _virtualHost.Url,
            ["Poller:StartAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            ["Webhook:Enabled"] = "true",
            ["Webhook:BindAddress"] = "127.0.0.1",
            ["Webhook:Port"] = "0",
        });
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
        builder.Services.AddSingleton(_received);
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<PublishedMessagesConsumer>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var url = AmqpUrl.Parse(_virtualHost.Url);
                rabbit.Host(url.Host, (ushort)url.Port, url.VirtualHost, host =>
                {
                    host.Username(url.Username);
                    host.Password(url.Password);
                });
                rabbit.ReceiveEndpoint("webhook-and-poller-tests", endpoint => endpoint.ConfigureConsumer<PublishedMessagesConsumer>(context));
            });
        });
        return builder.Build();
    }

    /// <summary>Writes a scenario of two events of one customer, both in the past when the stand-in starts.</summary>
    private static string WriteScenario()
    {
        var scenario = new
        {
            customers = new[] { new { id = "cus_both", name = "Both", email = "both@example.test" } },
            events = new object[]
            {
                new { id = "evt_both_1", at = -30, type = "customer.subscription.created", @object = new { id = "sub_both", customer = "cus_both", status = "active", items = new[] { new { price = "price_basic", quantity = 1 } } } },
                new { id = "evt_both_2", at = -20, type = "invoice.paid", @object = new { id = "in_both", customer = "cus_both", subscription = "sub_both", billing_reason = "subscription_create" } },
            },
        };

        var path = Path.Combine(Path.GetTempPath(), $"webhook-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(scenario));
        return path;
    }
}
