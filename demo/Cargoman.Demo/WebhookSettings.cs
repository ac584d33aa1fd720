namespace Cargoman.Demo;

/// <summary>
/// The poller's webhook endpoint in a demo run, on 127.0.0.1, and the secret that the Stripe stand-in signs with.
/// </summary>
internal sealed record WebhookSettings(int Port, string Secret)
{
    public string Url => $"http://127.0.0.1:{Port}/api/webhooks/stripe";
}
