namespace Cargoman.Infrastructure.Stripe;

/// <summary>
/// How Cargoman.Sync reaches Stripe. Bound from the <c>Stripe</c> section.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "Stripe";

    /// <summary>A secret key (<c>sk_...</c>) or a restricted key (<c>rk_...</c>) that can read events, customers and subscriptions.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The base URL of the Stripe API, or of a Stripe-compatible server such as a local stand-in.</summary>
    public string ApiBase { get; set; } = "https://api.stripe.com";

    /// <summary>A connected account (<c>acct_...</c>) whose events to follow; empty for the platform's own account.</summary>
    public string? Account { get; set; }

    /// <summary>
    /// The webhook endpoint's signing secrets (<c>whsec_...</c>), separated by commas. A delivery is accepted when
    /// it is signed with any of them, so that the old and the new secret both work while an operator rolls one.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How often Stripe.net retries a failed request (connection errors, 409, 429 and 5xx responses).</summary>
    public int MaxNetworkRetries { get; set; } = 2;

    /// <summary>The entries of <see cref="WebhookSecret"/>, trimmed, without empty ones.</summary>
    public IReadOnlyList<string> WebhookSecrets =>
        (WebhookSecret ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the key belongs to live mode: <c>sk_live_</c> and <c>rk_live_</c> keys do, every other key is test mode.</summary>
    public bool IsLiveMode =>
        ApiKey.StartsWith("sk_live_", StringComparison.Ordinal) || ApiKey.StartsWith("rk_live_", StringComparison.Ordinal);
}
