using StripeStandIn.Webhooks;

namespace StripeStandIn.Hosting;

/// <summary>
/// Command-line settings of the stand-in.
/// </summary>
/// <param name="Port">TCP port on 127.0.0.1. Port 0 lets the system pick a free port, which the start-up log line shows.</param>
/// <param name="StartDelay">Time from process start to scenario time zero, negative to start the scenario in the past.</param>
/// <param name="Webhook">Where to post released events, or null to serve them only through the API.</param>
internal sealed record StandInOptions(string ScenarioPath, int Port, TimeSpan StartDelay, WebhookTarget? Webhook = null)
{
    /// <summary>Default port, the one stripe-mock uses.</summary>
    public const int DefaultPort = 12111;

    public string Url => $"http://127.0.0.1:{Port}";
}
