using System.Globalization;
using System.Text.RegularExpressions;
using StripeStandIn.Webhooks;

namespace StripeStandIn.Hosting;

/// <summary>
/// Parses <c>--scenario PATH [--urls http://127.0.0.1:PORT] [--start-delay SECONDS] [--webhook-url URL --webhook-secret
/// whsec_...]</c>. Each option also takes the <c>--name=value</c> form.
/// </summary>
internal static partial class StandInCommandLine
{
    public const string Usage = """
        Usage: dotnet StripeStandIn.dll --scenario PATH [--urls http://127.0.0.1:PORT] [--start-delay SECONDS]
                                        [--webhook-url URL --webhook-secret whsec_...]

          --scenario PATH        Scenario file (JSON) with the customers and events to serve. Required.
          --urls URL             Address to listen on. Only http://127.0.0.1 is accepted; port 0 picks a free port.
                                 Default: http://127.0.0.1:12111
          --start-delay SECONDS  Seconds from process start to scenario time zero, fractional or negative.
                                 Default: 0
          --webhook-url URL      Post each event, signed like Stripe, to this URL when it is released, and retry
                                 a delivery without a 2xx answer for 5 minutes. Only loopback hosts are accepted:
                                 127.0.0.1, [::1] or localhost. Needs --webhook-secret.
          --webhook-secret S     The signing secret (whsec_...) for --webhook-url.
          --help                 Print this text.
        """;

    // The delay may shift time zero by at most one year either way.
    private const double MaxStartDelaySeconds = 365 * 86_400.0;

    public static bool IsHelpRequest(IReadOnlyList<string> args) => args.Any(arg => arg is "--help" or "-h" or "-?");

    /// <summary>Returns the parsed options, or null with <paramref name="error"/> naming the invalid argument.</summary>
    public static StandInOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = SplitOption(args[i]);
            if (name is not ("--scenario" or "--urls" or "--start-delay" or "--webhook-url" or "--webhook-secret"))
            {
                error = $"Unknown argument \"{args[i]}\".";
                return null;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{name} needs a value.";
                    return null;
                }

                value = args[++i];
            }

            values[name] = value;
        }

        if (!values.TryGetValue("--scenario", out var scenarioPath) || scenarioPath.Length == 0)
        {
            error = "--scenario PATH is required.";
            return null;
        }

        var port = StandInOptions.DefaultPort;
        if (values.TryGetValue("--urls", out var url) && !TryParseLoopbackPort(url, out port))
        {
            error = $"--urls must be http://127.0.0.1:PORT with a port from 0 to 65535, found \"{url}\".";
            return null;
        }

        var delaySeconds = 0.0;
        if (values.TryGetValue("--start-delay", out var delayText)
            && (!double.TryParse(delayText, NumberStyles.Float, CultureInfo.InvariantCulture, out delaySeconds)
                || !double.IsFinite(delaySeconds)
                || Math.Abs(delaySeconds) > MaxStartDelaySeconds))
        {
            error = $"--start-delay must be a number of seconds within one year, found \"{delayText}\".";
            return null;
        }

        if (!TryParseWebhook(values, out var webhook, out error))
        {
            return null;
        }

        return new StandInOptions(scenarioPath, port, TimeSpan.FromSeconds(delaySeconds), webhook);
    }

    private static bool TryParseWebhook(Dictionary<string, string> values, out WebhookTarget? webhook, out string? error)
    {
        webhook = null;
        error = null;
        var hasUrl = values.TryGetValue("--webhook-url", out var url);
        var hasSecret = values.TryGetValue("--webhook-secret", out var secret);
        if (!hasUrl && !hasSecret)
        {
            return true;
        }

        if (!hasUrl || !hasSecret)
        {
            error = "--webhook-url and --webhook-secret go together: give both or neither.";
            return false;
        }

        // Tests and the demo run everything on this machine, so the stand-in posts to nothing else.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || !uri.IsLoopback)
        {
            error = $"--webhook-url must be an http URL on 127.0.0.1, [::1] or localhost, found \"{url}\".";
            return false;
        }

        if (!secret!.StartsWith("whsec_", StringComparison.Ordinal))
        {
            error = "--webhook-secret must start with whsec_.";
            return false;
        }

        webhook = new WebhookTarget(uri, secret);
        return true;
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    private static bool TryParseLoopbackPort(string url, out int port)
    {
        var match = LoopbackUrlPattern().Match(url);
        port = 0;
        return match.Success
            && int.TryParse(match.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port <= 65_535;
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:(?<port>\d{1,5})/?$")]
    private static partial Regex LoopbackUrlPattern();
}
