namespace Cargoman.Poller.Archive;

/// <summary>
/// How long the event archive keeps events. Bound from the <c>Archive</c> section.
/// </summary>
internal sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>Events created longer ago than this are deleted; null keeps every event.</summary>
    public TimeSpan? Retention { get; set; }

    /// <summary>The wait between two deletions of expired events.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
