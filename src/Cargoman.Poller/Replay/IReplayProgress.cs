namespace Cargoman.Poller.Replay;

/// <summary>
/// Shows a replay's progress while it runs.
/// </summary>
internal interface IReplayProgress
{
    void Start(int total);

    void Report(ReplaySummary summary);

    /// <summary>Writes one line about a single event, such as a dry run's planned change.</summary>
    void WriteLine(string line);

    void Finish(ReplaySummary summary);
}
