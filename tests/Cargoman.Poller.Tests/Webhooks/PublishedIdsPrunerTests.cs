using Cargoman.Infrastructure.Configuration;
using Cargoman.Poller.Polling;
using Cargoman.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Cargoman.Poller.Tests.Webhooks;

public sealed class PublishedIdsPrunerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _virtualHost = await TestVirtualHost.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WebhookOnly_PrunesDaily()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<PollerStore>();
        await store.RecordPublishedAsync(
            [
                new ListedEvent("evt_old", "invoice.paid", _clock.GetUtcNow().AddDays(-40), "{}"),
                new ListedEvent("evt_recent", "invoice.paid", _clock.GetUtcNow().AddDays(-2), "{}"),
            ],
            CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(1));
        var remaining = await store.FindPublishedAsync(["evt_old", "evt_recent"], CancellationToken.None);
        for (var attempt = 0; attempt < 50 && remaining.Contains("evt_old"); attempt++)
        {
            await Task.Delay(100);
            remaining = await store.FindPublishedAsync(["evt_old", "evt_recent"], CancellationToken.None);
        }

        await host.StopAsync();

        Assert.DoesNotContain("evt_old", remaining);
        Assert.Contains("evt_recent", remaining);
    }

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:ApiKey"] = "sk_test_pruner",
            ["Stripe:ApiBase"] = "http://127.0.0.1:1",
            ["Stripe:WebhookSecret"] = "whsec_pruner",
            ["Database:Url"] = _database.Url,
            ["RabbitMq:Url"] = _virtualHost.Url,
            ["Poller:Enabled"] = "false",
            ["Webhook:Enabled"] = "true",
            ["Webhook:BindAddress"] = "127.0.0.1",
            ["Webhook:Port"] = "0",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddCargomanPoller(builder.Configuration);
        var host = builder.Build();
        Assert.Empty(SettingsCheck.FindErrors(host.Services));
        return host;
    }
}
