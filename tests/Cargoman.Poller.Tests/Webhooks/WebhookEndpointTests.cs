using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cargoman.Contracts;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Messaging;
using Cargoman.Poller.Archive;
using Cargoman.Poller.Polling;
using Cargoman.Poller.Tests.Support;
using Cargoman.Poller.Webhooks;
using Cargoman.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cargoman.Poller.Tests.Webhooks;

/// <summary>
/// Sends real HTTP requests to the webhook endpoint of a poller host on 127.0.0.1, which publishes to the local
/// RabbitMQ and records ids in PostgreSQL. Each test has its own database, virtual host and port.
/// </summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "whsec_test_current_0123456789abcdef";
    private const string RolledSecret = "whsec_test_previous_fedcba9876543210";
    private const string Path = "/api/webhooks/stripe";

    private readonly PublishedMessages _received = new();
    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private IHost _receiver = null!;
    private IHost _poller = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();

        // The receiver binds its queue first, so that nothing published goes unrouted.
        _receiver = BuildReceiver();
        await _receiver.StartAsync();
        _poller = BuildPoller();
        await _poller.StartAsync();

        var baseAddress = _poller.Services.GetRequiredService<WebhookServer>().BaseAddress
            ?? throw new InvalidOperationException("The webhook server did not start.");
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _poller.StopAsync();
        _poller.Dispose();
        await _receiver.StopAsync();
        _receiver.Dispose();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ValidDelivery_PublishedAndRecorded()
    {
        var body = SubscriptionEvent("evt_valid");

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        var received = await _received.WaitForAsync(1);
        var recorded = await Store.FindPublishedAsync(["evt_valid"], CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["evt_valid"], received.Select(e => e.EventId));
        Assert.Contains("evt_valid", recorded);
    }

    [Fact]
    public async Task ValidDelivery_ArchivedWithRawBody()
    {
        var body = SubscriptionEvent("evt_archived");

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        var archived = await _poller.Services.GetRequiredService<EventArchive>()
            .ListAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow.AddDays(1), [], null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["evt_archived"], archived.Select(e => e.EventId));
        Assert.Equal(EventArrival.Webhook, archived[0].ReceivedBy);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(body), archived[0].RawJson);
        Assert.NotNull(archived[0].CustomerId);
    }

    [Fact]
    public async Task RolledSecret_StillAccepted()
    {
        var body = SubscriptionEvent("evt_rolled");

        using var response = await PostAsync(body, StripeSigner.Header(body, RolledSecret, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TamperedBody_Rejected()
    {
        var body = SubscriptionEvent("evt_tampered");
        var header = StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("price_basic", "price_enterprise", StringComparison.Ordinal));

        using var response = await PostAsync(tampered, header);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "no v1 signature matches");
    }

    [Fact]
    public async Task ChangedLineEndings_Rejected()
    {
        var body = Encoding.UTF8.GetBytes(StripeFixtures.Event("evt_crlf", StripeEventTypes.SubscriptionCreated, Subscription()).ToJsonString(new() { WriteIndented = true }));
        var header = StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow);
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\n", "\r\n", StringComparison.Ordinal));

        using var response = await PostAsync(crlf, header);

        Assert.NotEqual(body.Length, crlf.Length);
        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "no v1 signature matches");
    }

    [Fact]
    public async Task WrongSecret_Rejected()
    {
        var body = SubscriptionEvent("evt_wrong_secret");

        using var response = await PostAsync(body, StripeSigner.Header(body, "whsec_someone_else", DateTimeOffset.UtcNow));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "no v1 signature matches");
    }

    [Fact]
    public async Task TwoV1EntriesOneValid_Accepted()
    {
        var body = SubscriptionEvent("evt_two_v1");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var wrong = StripeSigner.ComputeV1(body, "whsec_expired_secret", timestamp);
        var valid = StripeSigner.ComputeV1(body, Secret, timestamp);

        using var response = await PostAsync(body, $"t={timestamp},v1={wrong},v1={valid},v0={new string('0', 64)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OnlyV0Signature_Rejected()
    {
        var body = SubscriptionEvent("evt_v0");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await PostAsync(body, $"t={timestamp},v0={StripeSigner.ComputeV1(body, Secret, timestamp)}");

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "no timestamp t or no v1 signature");
    }

    [Fact]
    public async Task MissingSignature_Rejected()
    {
        using var response = await PostAsync(SubscriptionEvent("evt_unsigned"), signatureHeader: null);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "Stripe-Signature header is missing");
    }

    [Fact]
    public async Task TimestampSixMinutesOld_Rejected()
    {
        var body = SubscriptionEvent("evt_old");

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow.AddMinutes(-6)));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "more than 300 s from this server's clock");
    }

    [Fact]
    public async Task TimestampSixMinutesAhead_Rejected()
    {
        var body = SubscriptionEvent("evt_ahead");

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow.AddMinutes(6)));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "more than 300 s from this server's clock");
    }

    [Fact]
    public async Task OversizedBody_Returns413()
    {
        var body = OversizedEvent();

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));

        await AssertRejectedAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than 1048576 bytes");
    }

    [Fact]
    public async Task OversizedChunkedBody_Returns413()
    {
        var body = OversizedEvent();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StreamContent(new NonSeekableStream(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Stripe-Signature", StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));

        using var response = await _http.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        await AssertRejectedAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than 1048576 bytes");
    }

    [Fact]
    public async Task MalformedJson_Rejected()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\": \"evt_broken\", \"type\": \"customer.subscription.created\", \"marker_7f3a\": ");

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        var answer = await response.Content.ReadAsStringAsync();

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "not valid JSON");
        Assert.DoesNotContain("marker_7f3a", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventMissingCustomer_Rejected()
    {
        var subscription = Subscription();
        subscription.Remove("customer");
        var body = Encoding.UTF8.GetBytes(StripeFixtures.Event("evt_no_customer", StripeEventTypes.SubscriptionCreated, subscription).ToJsonString());

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "not a Stripe event that Cargoman.Sync can read");
    }

    [Fact]
    public async Task UnhandledType_AnsweredWithoutPublishing()
    {
        var customer = StripeFixtures.Resource("customer");
        var body = Encoding.UTF8.GetBytes(StripeFixtures.Event("evt_customer", "customer.created", customer).ToJsonString());

        using var response = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        await Task.Delay(500);
        var recorded = await Store.FindPublishedAsync(["evt_customer"], CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not handled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_received.Events);
        Assert.Empty(recorded);
    }

    [Fact]
    public async Task SameEventTwice_PublishedOnce()
    {
        var body = SubscriptionEvent("evt_twice");

        using var first = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        using var second = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        await _received.WaitForAsync(2);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already published", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_received.Events);
    }

    [Fact]
    public async Task Deliveries_CountedByOutcome()
    {
        var metrics = _poller.Services.GetRequiredService<WebhookMetrics>();
        metrics.TakeCounts();
        var body = SubscriptionEvent("evt_counted");

        using var accepted = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        using var duplicate = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        using var rejected = await PostAsync(body, StripeSigner.Header(body, "whsec_someone_else", DateTimeOffset.UtcNow));
        var counts = metrics.TakeCounts();

        Assert.Equal(1, counts.GetValueOrDefault("accepted"));
        Assert.Equal(1, counts.GetValueOrDefault("duplicate"));
        Assert.Equal(1, counts.GetValueOrDefault("rejected (signature_mismatch)"));
    }

    [Fact]
    public async Task NoAnswer_ContainsSecretOrPayload()
    {
        var body = SubscriptionEvent("evt_quiet");
        var headers = new[]
        {
            StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow),
            StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow),
            StripeSigner.Header(body, "whsec_someone_else", DateTimeOffset.UtcNow),
            StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow.AddHours(-1)),
        };

        foreach (var header in headers)
        {
            using var response = await PostAsync(body, header);
            var answer = await response.Content.ReadAsStringAsync();

            Assert.DoesNotContain("whsec_", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("evt_quiet", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("cus_webhook", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HealthChecks_ReportLiveAndReady()
    {
        using var live = await _http.GetAsync("/health/live");
        using var ready = await WaitUntilReadyAsync();
        var readiness = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (string?)readiness["checks"]!["broker"]);
        Assert.Equal("Healthy", (string?)readiness["checks"]!["database"]);
        Assert.Equal("Healthy", (string?)readiness["checks"]!["masstransit-bus"]);
    }

    /// <summary>
    /// Makes the broker unavailable to this test's hosts only: the shared RabbitMQ keeps running for the tests that run
    /// in parallel, while this test deletes its own virtual host with rabbitmqctl, which closes the hosts' connections
    /// and refuses new ones, and then adds it again. MassTransit then reconnects and declares the exchanges and queue anew.
    /// </summary>
    [Fact]
    public async Task BrokerUnavailable_Returns503ThenRecovers()
    {
        var body = SubscriptionEvent("evt_outage");
        (await WaitUntilReadyAsync()).Dispose();
        await RabbitMqCtlAsync("delete_vhost", _virtualHost.Name);
        HttpResponseMessage duringOutage;
        HttpResponseMessage readyDuringOutage;
        var elapsed = Stopwatch.StartNew();
        try
        {
            duringOutage = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
            elapsed.Stop();
            readyDuringOutage = await _http.GetAsync("/health/ready");
        }
        finally
        {
            await RabbitMqCtlAsync("add_vhost", _virtualHost.Name);
            await RabbitMqCtlAsync("set_permissions", "-p", _virtualHost.Name, BrokerUser, ".*", ".*", ".*");
        }

        // Stripe delivers again after a failure; this loop stands in for its retries.
        HttpResponseMessage? afterOutage = null;
        for (var attempt = 0; attempt < 60 && afterOutage?.StatusCode != HttpStatusCode.OK; attempt++)
        {
            afterOutage?.Dispose();
            await Task.Delay(attempt == 0 ? 0 : 1000);
            afterOutage = await PostAsync(body, StripeSigner.Header(body, Secret, DateTimeOffset.UtcNow));
        }

        // The test's receiver may not have reconnected yet, but the publish declares the consumers' queue anew.
        var queued = await _virtualHost.CountMessagesAsync(SyncQueue.Name);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringOutage.StatusCode);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"the 503 took {elapsed.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuringOutage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterOutage!.StatusCode);
        Assert.Contains("\"published\"", await afterOutage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, queued);
        duringOutage.Dispose();
        readyDuringOutage.Dispose();
        afterOutage.Dispose();
    }

    private PollerStore Store => _poller.Services.GetRequiredService<PollerStore>();

    private static string BrokerUser => Uri.UnescapeDataString(new Uri(LocalServerUrls.RabbitMq).UserInfo.Split(':', 2)[0]);

    /// <summary>Polls <c>/health/ready</c> for up to 10 s, because MassTransit starts the bus in the background.</summary>
    private async Task<HttpResponseMessage> WaitUntilReadyAsync()
    {
        var ready = await _http.GetAsync("/health/ready");
        for (var attempt = 0; attempt < 50 && ready.StatusCode != HttpStatusCode.OK; attempt++)
        {
            ready.Dispose();
            await Task.Delay(200);
            ready = await _http.GetAsync("/health/ready");
        }

        return ready;
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signatureHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (signatureHeader is not null)
        {
            request.Headers.Add("Stripe-Signature", signatureHeader);
        }

        return await _http.SendAsync(request);
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, HttpStatusCode expected, string detail)
    {
        var answer = await response.Content.ReadAsStringAsync();
        await Task.Delay(300);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(detail, answer, StringComparison.Ordinal);
        Assert.Empty(_received.Events);
    }

    private static JsonObject Subscription() =>
        StripeFixtures.Subscription("sub_webhook", "cus_webhook", "active", ("price_basic", 1));

    private static byte[] SubscriptionEvent(string id) =>
        Encoding.UTF8.GetBytes(StripeFixtures.Event(id, StripeEventTypes.SubscriptionCreated, Subscription(), created: DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToJsonString());

    /// <summary>Returns a signed-size event just over the default limit of 1 MiB, padded in the subscription's metadata.</summary>
    private static byte[] OversizedEvent()
    {
        var subscription = Subscription();
        subscription["metadata"] = new JsonObject { ["padding"] = new string('x', 1024 * 1024) };
        return Encoding.UTF8.GetBytes(StripeFixtures.Event("evt_oversized", StripeEventTypes.SubscriptionCreated, subscription).ToJsonString());
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Stripe:ApiKey"] = "sk_test_webhook",
        ["Stripe:ApiBase"] = "http://127.0.0.1:1",
        ["Stripe:WebhookSecret"] = $"{Secret}, {RolledSecret}",
        ["Database:Url"] = _database.Url,
        ["RabbitMq:Url"] = _virtualHost.Url,
        ["Poller:Enabled"] = "false",
        ["Webhook:Enabled"] = "true",
        ["Webhook:BindAddress"] = "127.0.0.1",
        ["Webhook:Port"] = "0",
        ["Webhook:PublishTimeout"] = "00:00:02",
    };

    private IHost BuildPoller()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCargomanPoller(builder.Configuration);
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
                rabbit.ReceiveEndpoint("webhook-tests", endpoint => endpoint.ConfigureConsumer<PublishedMessagesConsumer>(context));
            });
        });
        return builder.Build();
    }

    private static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {string.Join(' ', arguments)} failed: {await error}");
    }

    /// <summary>A read-only stream without a length, so that HttpClient sends the body chunked.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
