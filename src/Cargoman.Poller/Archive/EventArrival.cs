namespace Cargoman.Poller.Archive;

/// <summary>
/// The ways an event reaches the archive, as stored in <c>event_archive.received_by</c>.
/// </summary>
internal static class EventArrival
{
    public const string Poll = "poll";
    public const string Webhook = "webhook";

    /// <summary>Read from Stripe's event list by a replay run.</summary>
    public const string Replay = "replay";
}
