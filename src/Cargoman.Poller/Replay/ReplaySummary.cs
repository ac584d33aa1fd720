namespace Cargoman.Poller.Replay;

/// <summary>
/// The counts of a replay run. Every event read ends in exactly one of the other counts, unless the run was interrupted.
/// </summary>
internal sealed class ReplaySummary
{
    public int Read { get; set; }

    public int Published { get; set; }

    /// <summary>Events in <c>processed_events</c>, which the consumers have already applied.</summary>
    public int SkippedAsProcessed { get; set; }

    /// <summary>Events that an interrupted run of the same request published before it stopped.</summary>
    public int SkippedAsPublished { get; set; }

    /// <summary>Events of unhandled types, unreadable events and events of another mode or Connect account.</summary>
    public int Ignored { get; set; }

    public int Failed { get; set; }

    /// <summary>Events that a dry run planned instead of publishing.</summary>
    public int Planned { get; set; }

    public bool Interrupted { get; set; }

    public int Done => Published + SkippedAsProcessed + SkippedAsPublished + Ignored + Failed + Planned;

    public override string ToString()
    {
        var parts = new List<string>
        {
            $"read {Read}",
            $"published {Published}",
            $"skipped as processed {SkippedAsProcessed}",
        };

        if (SkippedAsPublished > 0)
        {
            parts.Add($"skipped as published by the interrupted run {SkippedAsPublished}");
        }

        if (Planned > 0)
        {
            parts.Add($"planned (dry run) {Planned}");
        }

        parts.Add($"ignored {Ignored}");
        parts.Add($"failed {Failed}");
        return string.Join(", ", parts);
    }
}
