namespace Cargoman.Infrastructure.Messaging;

/// <summary>
/// Message headers that a replay adds to the messages it publishes.
/// </summary>
public static class ReplayHeaders
{
    /// <summary>
    /// The id of a replay run started with <c>--reprocess</c>. A consumer that finds it claims the event under
    /// the pair of event id and run id, so that an event already processed once is applied again.
    /// </summary>
    public const string ReprocessRun = "Cargoman-Replay-Run";
}
