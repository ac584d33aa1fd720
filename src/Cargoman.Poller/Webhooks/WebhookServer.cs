using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Runs Kestrel with the webhook endpoint and the health checks inside the poller's host, when
/// <see cref="WebhookOptions.Enabled"/> is true.
/// </summary>
/// <remarks>
/// The poller's host is a generic host, so that with the webhook off the process opens no port. The web application
/// built here is minimal: Kestrel and routing, with the poller's logger factory and the services that the
/// endpoints need taken from the poller's container.
/// </remarks>
internal sealed class WebhookServer(
    IServiceProvider services,
    IOptions<WebhookOptions> options,
    ILoggerFactory loggerFactory,
    ILogger<WebhookServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address Kestrel listens on, with the real port when <see cref="WebhookOptions.Port"/> is 0; null while stopped or off.</summary>
    public Uri? BaseAddress { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var app = Build(settings);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            Log.WebhookCannotListen(logger, settings.BindAddress, settings.Port, exception.Message);
            await app.DisposeAsync();
            throw;
        }

        _app = app;
        BaseAddress = new Uri(app.Urls.First());
        Log.WebhookListening(logger, new Uri(BaseAddress, settings.Path).ToString());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is null)
        {
            return;
        }

        await _app.StopAsync(cancellationToken);
        BaseAddress = null;
        Log.WebhookStopped(logger);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private WebApplication Build(WebhookOptions settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // The endpoint enforces Webhook:MaxBodyBytes itself, so that an oversized delivery is counted and logged;
            // Kestrel's own limit of 30 MB would otherwise end larger settings with an exception.
            kestrel.Limits.MaxRequestBodySize = null;
            if (settings.BindAddress == WebhookOptions.AnyAddress)
            {
                kestrel.ListenAnyIP(settings.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(settings.BindAddress), settings.Port);
            }
        });

        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton(services.GetRequiredService<WebhookReceiver>());
        builder.Services.AddSingleton(services.GetRequiredService<HealthCheckService>());

        var app = builder.Build();
        app.MapWebhookEndpoints(settings.Path);
        return app;
    }
}
