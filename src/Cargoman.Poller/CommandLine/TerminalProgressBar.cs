using System.Globalization;
using Cargoman.Poller.Replay;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// A one-line progress bar with the count, rate and estimated time left, redrawn in place with a carriage return.
/// </summary>
internal sealed class TerminalProgressBar(TextWriter output, TimeProvider timeProvider) : IReplayProgress
{
    private const int BarWidth = 30;
    private static readonly TimeSpan s_redrawInterval = TimeSpan.FromMilliseconds(100);

    private long _startedAt;
    private long _drawnAt;
    private int _total;
    private bool _lineOpen;

    public void Start(int total)
    {
        _total = total;
        _startedAt = timeProvider.GetTimestamp();
        _drawnAt = 0;
    }

    public void Report(ReplaySummary summary)
    {
        if (_drawnAt != 0 && timeProvider.GetElapsedTime(_drawnAt) < s_redrawInterval)
        {
            return;
        }

        Draw(summary);
    }

    public void WriteLine(string line)
    {
        ClearLine();
        output.WriteLine(line);
    }

    public void Finish(ReplaySummary summary)
    {
        Draw(summary);
        output.WriteLine();
        _lineOpen = false;
    }

    private void Draw(ReplaySummary summary)
    {
        _drawnAt = timeProvider.GetTimestamp();
        var done = summary.Done;
        var elapsed = timeProvider.GetElapsedTime(_startedAt);
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var filled = _total == 0 ? BarWidth : BarWidth * done / _total;
        var eta = rate > 0 ? TimeSpan.FromSeconds((_total - done) / rate) : (TimeSpan?)null;

        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{_total}  {rate:0.0}/s  ETA {(eta is { } left ? left.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--")}");
        output.Write('\r' + line);
        _lineOpen = true;
    }

    private void ClearLine()
    {
        if (_lineOpen)
        {
            output.Write("\r" + new string(' ', BarWidth + 40) + "\r");
            _lineOpen = false;
        }
    }
}
