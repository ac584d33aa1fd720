namespace Cargoman.Poller.Replay;

/// <summary>
/// Where a replay reads its events from.
/// </summary>
internal enum ReplaySource
{
    /// <summary>Stripe's event list for the times it still serves, the archive for older times.</summary>
    Auto,

    /// <summary>Stripe's event list only; it serves the last 30 days.</summary>
    Stripe,

    /// <summary>The event archive in PostgreSQL only.</summary>
    Archive,
}
