using Cargoman.Poller.Replay;
using Microsoft.Extensions.Logging;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// Reports a replay's progress as a log line every few seconds, for output that is not a terminal.
/// </summary>
internal sealed class LogProgress(TextWriter output, TimeProvider timeProvider, ILogger<LogProgress> logger) : IReplayProgress
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(5);

    private long _loggedAt;
    private int _total;

    public void Start(int total)
    {
        _total = total;
        _loggedAt = timeProvider.GetTimestamp();
    }

    public void Report(ReplaySummary summary)
    {
        if (timeProvider.GetElapsedTime(_loggedAt) < s_interval)
        {
            return;
        }

        _loggedAt = timeProvider.GetTimestamp();
        Log.ReplayProgress(logger, summary.Done, _total, summary.ToString());
    }

    public void WriteLine(string line) => output.WriteLine(line);

    public void Finish(ReplaySummary summary) => Log.ReplayFinished(logger, summary.ToString());
}
