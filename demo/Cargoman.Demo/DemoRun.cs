using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Cargoman.Demo;

/// <summary>
/// One demo run: starts the stand-ins, the poller and the consumers, waits for the scenario to play out,
/// prints the result table, and stops everything it started.
/// </summary>
internal sealed class DemoRun(DemoOptions options, RepositoryLayout layout) : IAsyncDisposable
{
    private static readonly TimeSpan s_scenarioStartDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(3);

    // With --show-replay, the consumers are down from 10 s to 20 s of scenario time, and the replay
    // covers 5 s more on each side, for events the poller published a little after their creation.
    private static readonly TimeSpan s_outageStart = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_outageEnd = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan s_replayMargin = TimeSpan.FromSeconds(5);

    private readonly List<ChildProcess> _processes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Dictionary<string, string> _pollerEnvironment = [];
    private DateTimeOffset _scenarioZero;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var scenario = Scenario.Load(options.ScenarioPath ?? layout.DefaultScenario);
        Directory.CreateDirectory(layout.LogDirectory);
        foreach (var log in Directory.GetFiles(layout.LogDirectory, "*.log"))
        {
            File.Delete(log);
        }

        Say($"scenario {Path.GetFileName(scenario.Path)}: {scenario.EventCount} Stripe events, {scenario.Expected.Count} customers; logs in {layout.LogDirectory}");

        var databaseUrl = await LocalServers.CreateDatabaseAsync(options.DatabaseUrl, cancellationToken);
        var rabbitMqUrl = await LocalServers.CreateVirtualHostAsync(options.RabbitMqUrl, cancellationToken);
        Say($"fresh database {LocalServers.DatabaseName} and RabbitMQ virtual host {LocalServers.VirtualHost} created");

        var stripeBase = new Uri($"http://127.0.0.1:{FreePort()}");
        var cargomanBase = new Uri($"http://127.0.0.1:{FreePort()}");
        var adminToken = "demo_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var standIns = new StandInClient(_http, stripeBase, cargomanBase);

        var webhook = options.Mode == DemoMode.Poll
            ? null
            : new WebhookSettings(FreePort(), "whsec_demo_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());
        List<string> stripeArguments = ["--scenario", scenario.Path, "--urls", stripeBase.ToString().TrimEnd('/'), "--start-delay", s_scenarioStartDelay.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (webhook is not null)
        {
            stripeArguments.AddRange(["--webhook-url", webhook.Url, "--webhook-secret", webhook.Secret]);
        }

        var stripe = Start("stripe-stand-in", "standins/StripeStandIn", stripeArguments, new Dictionary<string, string>());
        var cargoman = Start("cargoman-stand-in", "standins/CargomanStandIn", ["--admin-token", adminToken, "--urls", cargomanBase.ToString().TrimEnd('/'), "--packages", scenario.Path, "--rate-limit", "600", "--response-shape", "mixed"], new Dictionary<string, string>());
        await standIns.WaitUntilReadyAsync(stripeBase, "/_standin/status", TimeSpan.FromSeconds(30), () => stripe.HasExited, cancellationToken);
        await standIns.WaitUntilReadyAsync(cargomanBase, "/_standin/customers", TimeSpan.FromSeconds(30), () => cargoman.HasExited, cancellationToken);

        var (_, total, zero) = await standIns.GetStripeProgressAsync(cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["STRIPE_API_KEY"] = "sk_test_demo",
            ["STRIPE_API_BASE"] = stripeBase.ToString().TrimEnd('/'),
            ["STRIPE_PRICE_MAPPING"] = scenario.PriceMappingJson,
            ["STRIPE_START_AT"] = zero.AddMinutes(-1).ToString("O"),
            ["CARGOMAN_URL"] = new Uri(cargomanBase, "/api/v1").ToString(),
            ["CARGOMAN_ADMIN_TOKEN"] = adminToken,
            ["RABBITMQ_URL"] = rabbitMqUrl,
            ["DATABASE_URL"] = databaseUrl,
            ["Poller__Interval"] = "00:00:01",
            ["Cargoman__RequestsPerMinute"] = "600",
            ["Logging__LogLevel__MassTransit"] = "Warning",
            ["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning",
            ["Logging__LogLevel__Polly"] = "Warning",
        };

        Start("poller", "src/Cargoman.Poller", [], PollerEnvironment(environment, webhook));
        var consumers = Start("consumers", "src/Cargoman.Consumers", [], environment);
        Say($"stand-ins on {stripeBase} (Stripe) and {cargomanBase} (Cargoman); poller and consumers started; the scenario starts in {s_scenarioStartDelay.TotalSeconds:0} s");
        Say(options.Mode switch
        {
            DemoMode.Webhook => $"mode webhook: the Stripe stand-in posts signed events to {webhook!.Url}; polling is off",
            DemoMode.Both => $"mode both: the poller polls Stripe and the stand-in posts signed events to {webhook!.Url}",
            _ => "mode poll: the poller polls Stripe's event list",
        });

        _pollerEnvironment = PollerEnvironment(environment, webhook);
        _scenarioZero = zero;
        var result = await WatchAsync(scenario, standIns, environment, consumers, total, cancellationToken);
        return result;
    }

    private async Task<int> WatchAsync(Scenario scenario, StandInClient standIns, Dictionary<string, string> environment, ChildProcess consumers, int total, CancellationToken cancellationToken)
    {
        var scenarioStart = _clock.Elapsed + s_scenarioStartDelay;
        var restartPending = options.RestartConsumersAt is not null;
        var outage = options.ShowReplay ? OutageStep.Pending : OutageStep.None;
        TimeSpan? allReleasedAt = null;
        Dictionary<string, ActualCustomer> actual = [];

        while (true)
        {
            await Task.Delay(s_progressInterval, cancellationToken);
            if (restartPending && _clock.Elapsed >= scenarioStart + options.RestartConsumersAt!.Value)
            {
                restartPending = false;
                Say("killing the consumers mid-scenario, as a crash would; starting them again in 3 s");
                _processes.Remove(consumers);
                await consumers.DisposeAsync();
                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
                consumers = Start("consumers", "src/Cargoman.Consumers", [], environment);
            }

            if (outage == OutageStep.Pending && _clock.Elapsed >= scenarioStart + s_outageStart)
            {
                outage = OutageStep.ConsumersDown;
                Say("stopping the consumers for 10 s; the messages published meanwhile will be purged, as a bad deploy would lose them");
                _processes.Remove(consumers);
                await consumers.DisposeAsync();
            }
            else if (outage == OutageStep.ConsumersDown && _clock.Elapsed >= scenarioStart + s_outageEnd)
            {
                outage = OutageStep.ReplayPending;
                await LocalServers.PurgeQueueAsync("cargoman-sync", cancellationToken);
                Say("purged the consumers' queue and started the consumers again");
                consumers = Start("consumers", "src/Cargoman.Consumers", [], environment);
            }

            if (_processes.FirstOrDefault(p => p.HasExited) is { } process)
            {
                Say($"{process.Name} exited with code {process.ExitCode}; see {Path.Combine(layout.LogDirectory, process.Name + ".log")}");
                return 1;
            }

            var (released, _, _) = await standIns.GetStripeProgressAsync(cancellationToken);
            actual = await standIns.GetCargomanCustomersAsync(cancellationToken);
            var matching = ResultTable.CountMatches(scenario, actual);
            var webhooks = options.Mode == DemoMode.Poll ? "" : $", {await standIns.GetWebhooksDeliveredAsync(cancellationToken)} delivered by webhook";
            Say($"Stripe released {released}/{total} events{webhooks}; {matching}/{scenario.Expected.Count} customers match");

            if (released < total)
            {
                continue;
            }

            allReleasedAt ??= _clock.Elapsed;
            if (outage == OutageStep.ReplayPending && _clock.Elapsed - allReleasedAt >= TimeSpan.FromSeconds(6))
            {
                outage = OutageStep.Replayed;
                Say($"{scenario.Expected.Count - matching} customers do not match after the lost messages; replaying the outage window");
                if (await ReplayOutageAsync(cancellationToken) != 0)
                {
                    Say($"the replay failed; see {Path.Combine(layout.LogDirectory, "replay.log")}");
                    return 1;
                }

                continue;
            }

            if (matching == scenario.Expected.Count && !restartPending && outage is OutageStep.None or OutageStep.Replayed)
            {
                // Once everything matches, wait one more round to see that it stays so.
                await Task.Delay(s_progressInterval, cancellationToken);
                actual = await standIns.GetCargomanCustomersAsync(cancellationToken);
                break;
            }

            if (_clock.Elapsed - allReleasedAt > options.Timeout)
            {
                Say($"timed out {options.Timeout.TotalSeconds:0} s after the last event with customers still not matching");
                break;
            }
        }

        ResultTable.Print(scenario, actual, Console.Out);
        var allMatch = ResultTable.CountMatches(scenario, actual) == scenario.Expected.Count;
        Say(allMatch
            ? $"all {scenario.Expected.Count} customers match the scenario's expected end state"
            : $"{scenario.Expected.Count - ResultTable.CountMatches(scenario, actual)} customers do not match; see the logs in {layout.LogDirectory}");
        return allMatch ? 0 : 1;
    }

    /// <summary>
    /// Runs <c>Cargoman.Poller replay</c> over the consumers' outage, as an operator would, and returns its exit code.
    /// </summary>
    private async Task<int> ReplayOutageAsync(CancellationToken cancellationToken)
    {
        var from = (_scenarioZero + s_outageStart - s_replayMargin).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var to = (_scenarioZero + s_outageEnd + s_replayMargin).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        Say($"running: Cargoman.Poller replay --from {from} --to {to}");

        var replay = Start("replay", "src/Cargoman.Poller", ["replay", "--from", from, "--to", to], _pollerEnvironment);
        var exitCode = await replay.WaitForExitAsync(cancellationToken);
        _processes.Remove(replay);
        await replay.DisposeAsync();

        foreach (var line in File.ReadLines(Path.Combine(layout.LogDirectory, "replay.log")).TakeLast(3))
        {
            Say("replay: " + line);
        }

        return exitCode;
    }

    /// <summary>Returns the poller's environment: the shared one, plus the webhook endpoint and the polling switch of the mode.</summary>
    private Dictionary<string, string> PollerEnvironment(Dictionary<string, string> environment, WebhookSettings? webhook)
    {
        var result = new Dictionary<string, string>(environment);
        if (webhook is not null)
        {
            result["STRIPE_WEBHOOK_SECRET"] = webhook.Secret;
            result["Webhook__Enabled"] = "true";
            result["Webhook__BindAddress"] = "127.0.0.1";
            result["Webhook__Port"] = webhook.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        result["Poller__Enabled"] = options.Mode == DemoMode.Webhook ? "false" : "true";
        return result;
    }

    private ChildProcess Start(string name, string project, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var process = ChildProcess.Start(name, layout.Program(project), arguments, environment, Path.Combine(layout.LogDirectory, name + ".log"));
        _processes.Add(process);
        return process;
    }

    private void Say(string message) => Console.WriteLine($"demo [{_clock.Elapsed:mm\\:ss}] {message}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        _http.Dispose();
    }
}
