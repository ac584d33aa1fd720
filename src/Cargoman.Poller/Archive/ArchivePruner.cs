using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cargoman.Poller.Archive;

/// <summary>
/// Deletes archived events older than <see cref="ArchiveOptions.Retention"/> every <see cref="ArchiveOptions.PruneInterval"/>.
/// Does nothing when no retention is set.
/// </summary>
internal sealed class ArchivePruner(
    EventArchive archive,
    IOptions<ArchiveOptions> options,
    TimeProvider timeProvider,
    ILogger<ArchivePruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Retention is not { } retention)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pruned = await archive.PruneAsync(timeProvider.GetUtcNow() - retention, stoppingToken);
                if (pruned > 0)
                {
                    Log.ArchivePruned(logger, pruned, retention);
                }
            }
            catch (NpgsqlException exception)
            {
                Log.ArchivePruneFailed(logger, exception, settings.PruneInterval);
            }

            try
            {
                await Task.Delay(settings.PruneInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
