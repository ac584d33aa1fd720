namespace Cargoman.Demo;

/// <summary>
/// How Stripe's events reach the poller process in a demo run.
/// </summary>
internal enum DemoMode
{
    /// <summary>The poller lists <c>GET /v1/events</c>; no webhook endpoint.</summary>
    Poll,

    /// <summary>The Stripe stand-in posts signed webhooks; polling is off.</summary>
    Webhook,

    /// <summary>Both at once: every event arrives twice and must take effect once.</summary>
    Both,
}
