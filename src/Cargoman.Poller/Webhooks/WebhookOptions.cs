namespace Cargoman.Poller.Webhooks;

/// <summary>
/// The optional HTTP endpoint that receives Stripe's webhook deliveries. Bound from the <c>Webhook</c> section.
/// </summary>
internal sealed class WebhookOptions
{
    public const string SectionName = "Webhook";

    /// <summary>Bind to every IPv4 and IPv6 address.</summary>
    public const string AnyAddress = "*";

    /// <summary>Whether the poller process serves the webhook endpoint and the health checks; with it off, the process opens no port.</summary>
    public bool Enabled { get; set; }

    /// <summary>The IP address to listen on, or <c>*</c> for every interface.</summary>
    public string BindAddress { get; set; } = AnyAddress;

    /// <summary>The TCP port; 0 lets the system pick a free one, which the start-up log line shows.</summary>
    public int Port { get; set; } = 8080;

    /// <summary>The URL path that Stripe posts events to.</summary>
    public string Path { get; set; } = "/api/webhooks/stripe";

    /// <summary>How far the signature's timestamp may lie before or after the local clock.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest request body accepted, in bytes; larger deliveries get 413.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a delivery waits for the broker's confirm before the endpoint responds with 503, so that Stripe delivers it again later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
