namespace Cargoman.Demo;

/// <summary>
/// The demo's command line.
/// </summary>
internal sealed class DemoOptions
{
    public const string Usage =
        """
        Usage: Cargoman.Demo [options]

        Plays a Stripe scenario through the real poller, RabbitMQ and consumers against local
        stand-ins for Stripe and Cargoman, then compares Cargoman's customers with the scenario's
        expected end state. Exits 0 when every customer matches, 1 otherwise, 2 on bad arguments.

          --scenario PATH            scenario file (default: scenarios/demo.json of the repository)
          --database-url URL         an existing PostgreSQL database whose role may create databases
                                     (default: $DATABASE_URL, else postgres://cargoman:cargoman@127.0.0.1:5432/cargoman)
          --rabbitmq-url URL         the RabbitMQ broker; the demo uses its own virtual host on it
                                     (default: $RABBITMQ_URL, else amqp://cargoman:cargoman@127.0.0.1:5672/cargoman)
          --mode poll|webhook|both   how events reach the poller process: it polls Stripe's event list (poll),
                                     the Stripe stand-in posts signed webhooks and polling is off (webhook),
                                     or both at once (both) (default: poll)
          --restart-consumers-at S   kill the consumers S seconds after the scenario starts and start them again
          --show-replay              stop the consumers from 10 s to 20 s into the scenario and purge their
                                     queue, as a bad deploy would; then replay that window with
                                     'Cargoman.Poller replay' so that every customer matches again
          --timeout S                seconds to wait for every customer to match after the last event (default 120)
          --help                     show this text
        """;

    public string? ScenarioPath { get; private set; }

    public string DatabaseUrl { get; private set; } =
        Environment.GetEnvironmentVariable("DATABASE_URL") ?? "postgres://cargoman:cargoman@127.0.0.1:5432/cargoman";

    public string RabbitMqUrl { get; private set; } =
        Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://cargoman:cargoman@127.0.0.1:5672/cargoman";

    public DemoMode Mode { get; private set; } = DemoMode.Poll;

    public TimeSpan? RestartConsumersAt { get; private set; }

    public bool ShowReplay { get; private set; }

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(120);

    public bool ShowHelp { get; private set; }

    /// <exception cref="ArgumentException">An option is unknown or its value is missing or invalid.</exception>
    public static DemoOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DemoOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");

            switch (args[i])
            {
                case "--scenario":
                    options.ScenarioPath = Value();
                    break;
                case "--database-url":
                    options.DatabaseUrl = Value();
                    break;
                case "--rabbitmq-url":
                    options.RabbitMqUrl = Value();
                    break;
                case "--mode":
                    options.Mode = ParseMode(Value());
                    break;
                case "--show-replay":
                    options.ShowReplay = true;
                    break;
                case "--restart-consumers-at":
                    options.RestartConsumersAt = TimeSpan.FromSeconds(ParseSeconds("--restart-consumers-at", Value()));
                    break;
                case "--timeout":
                    options.Timeout = TimeSpan.FromSeconds(ParseSeconds("--timeout", Value()));
                    break;
                case "--help" or "-h":
                    options.ShowHelp = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return options;
    }

    private static DemoMode ParseMode(string value) => value switch
    {
        "poll" => DemoMode.Poll,
        "webhook" => DemoMode.Webhook,
        "both" => DemoMode.Both,
        _ => throw new ArgumentException($"--mode takes poll, webhook or both, not '{value}'."),
    };

    private static double ParseSeconds(string option, string value) =>
        double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : throw new ArgumentException($"{option} takes a positive number of seconds, not '{value}'.");
}
