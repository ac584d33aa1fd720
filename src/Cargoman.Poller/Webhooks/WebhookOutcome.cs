namespace Cargoman.Poller.Webhooks;

/// <summary>
/// What became of one webhook delivery.
/// </summary>
internal enum WebhookOutcome
{
    /// <summary>Published, and the broker confirmed it: responded with 200.</summary>
    Accepted,

    /// <summary>The event id was already in <c>published_events</c>, so nothing was published: responded with 200.</summary>
    Duplicate,

    /// <summary>A type that Cargoman.Sync does not handle: responded with 200 without publishing.</summary>
    Ignored,

    /// <summary>A bad signature, timestamp, size or body: responded with 400 or 413.</summary>
    Rejected,

    /// <summary>The broker or the database failed or timed out: responded with 503, so that Stripe delivers it again.</summary>
    Failed,
}
