using Cargoman.Poller.Replay;

namespace Cargoman.Poller.Tests.Replay;

/// <summary>
/// Keeps what a replay reports, and runs <see cref="OnReport"/> after each event.
/// </summary>
internal sealed class RecordingProgress : IReplayProgress
{
    public List<string> Lines { get; } = [];

    public int Total { get; private set; }

    public Action<ReplaySummary>? OnReport { get; init; }

    public void Start(int total) => Total = total;

    public void Report(ReplaySummary summary) => OnReport?.Invoke(summary);

    public void WriteLine(string line) => Lines.Add(line);

    public void Finish(ReplaySummary summary)
    {
    }
}
