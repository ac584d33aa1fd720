namespace Cargoman.Demo;

/// <summary>
/// Where a demo run with --show-replay is in its staged outage.
/// </summary>
internal enum OutageStep
{
    /// <summary>No outage is staged.</summary>
    None,
    Pending,
    ConsumersDown,

    /// <summary>The consumers run again; the replay waits for the scenario's last event.</summary>
    ReplayPending,
    Replayed,
}
