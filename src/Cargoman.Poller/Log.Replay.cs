using Microsoft.Extensions.Logging;

namespace Cargoman.Poller;

/// <summary>
/// Log methods of the event archive, replays and the operator's commands.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2200, LogLevel.Information, "Deleted {Count} archived events older than Archive:Retention ({Retention})")]
    public static partial void ArchivePruned(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(2201, LogLevel.Error, "Deleting expired archived events failed; trying again in {Delay}")]
    public static partial void ArchivePruneFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(2202, LogLevel.Information, "Resuming interrupted replay run {RunId}, which published {Published} events before it stopped")]
    public static partial void ReplayResumed(ILogger logger, Guid runId, int published);

    [LoggerMessage(2203, LogLevel.Debug, "Replay ignores Stripe event {EventId} ({EventType}): {Reason}")]
    public static partial void ReplayEventIgnored(ILogger logger, string eventId, string eventType, string reason);

    [LoggerMessage(2204, LogLevel.Error, "Replay could not publish Stripe event {EventId} ({EventType}); run the same replay again to retry it")]
    public static partial void ReplayPublishFailed(ILogger logger, Exception exception, string eventId, string eventType);

    [LoggerMessage(2205, LogLevel.Information, "Replay progress: {Done} of {Total} events; {Summary}")]
    public static partial void ReplayProgress(ILogger logger, int done, int total, string summary);

    [LoggerMessage(2206, LogLevel.Information, "Replay finished: {Summary}")]
    public static partial void ReplayFinished(ILogger logger, string summary);
}
