using Microsoft.Extensions.Hosting;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// The lifetime of the web application inside the poller's host: it neither waits for nor handles signals such as
/// Ctrl+C and SIGTERM, because the poller's own host does, and stops the web application through <see cref="WebhookServer"/>.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
